package org.ariadne.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trees of a plan's versions: frozen as JSON when a version is adopted, read back for the version's page, the
 * comparison, the portal and the targets in force in a year. Decimals are read back as decimals.
 */
@Component
class VersionTrees {

    private final PlanVersionRepository versions;
    private final JsonMapper json;

    VersionTrees(PlanVersionRepository versions, JsonMapper json) {
        this.versions = versions;
        this.json = json;
    }

    String write(PlanTree tree) {
        return json.writeValueAsString(tree);
    }

    PlanTree read(String text) {
        return json.readerFor(PlanTree.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
    }

    /**
     * The plan as the version in force in {@code year} had it: the live plan when that version is the one the plan
     * is now (the latest adopted, no revision open), otherwise the live plan with the activities of that version
     * (an activity dropped later is still there, one added later has no reports before anyway) and that version's
     * targets. A version is in force from the year of its effective date: a revision effective in 2017 changes
     * nothing for 2016.
     */
    PlanTree inForce(PlanTree live, int year) {
        var all = versions.findByPlanIdOrderByNumber(live.plan().id());
        var adopted = all.stream().filter(v -> v.status() == PlanVersionStatus.ADOPTED).toList();
        if (adopted.isEmpty()) {
            return withoutDropped(live);
        }
        boolean revising = adopted.size() < all.size();
        var inForce = adopted.stream().filter(v -> v.effectiveFrom().getYear() <= year)
                .reduce((first, second) -> second).orElse(adopted.get(0));
        if (!revising && inForce == adopted.get(adopted.size() - 1)) {
            return withoutDropped(live);
        }
        return overlay(live, read(inForce.tree()));
    }

    /** The plan as last adopted: the live plan, or while a revision is open the last adopted version's tree. */
    PlanTree adopted(PlanTree live) {
        var all = versions.findByPlanIdOrderByNumber(live.plan().id());
        boolean revising = all.stream().anyMatch(v -> v.status() == PlanVersionStatus.IN_REVISION);
        if (!revising) {
            return withoutDropped(live);
        }
        var last = all.stream().filter(v -> v.status() == PlanVersionStatus.ADOPTED).reduce((a, b) -> b);
        // the areas are the plan's list as it is now: a version names them by code, and renaming one renames it
        // everywhere, in earlier versions too
        return last.map(v -> withoutDropped(read(v.tree()).withAreas(live.areas()))).orElse(withoutDropped(live));
    }

    /** Whether an adopted version of the plan holds the activity: then it may be dropped, never deleted. */
    boolean inAdoptedVersion(long planId, long activityId) {
        return versions.findByPlanIdOrderByNumber(planId).stream()
                .filter(v -> v.status() == PlanVersionStatus.ADOPTED)
                .anyMatch(v -> read(v.tree()).activity(activityId).isPresent());
    }

    /**
     * The activities the plan's adopted versions dropped, each with the first adopted version that dropped it and
     * that version's effective date. A drop still open in a revision counts only once the revision is adopted. An
     * activity a later adopted version took back counts again from that version's effective date; of an activity
     * dropped, taken back and dropped again, the last drop is kept.
     */
    Map<Long, DroppedActivity> dropped(long planId) {
        var adopted = versions.findByPlanIdOrderByNumber(planId).stream()
                .filter(v -> v.status() == PlanVersionStatus.ADOPTED).toList();
        if (adopted.size() < 2) {
            // version 1 is frozen before any revision can drop an activity
            return Map.of();
        }
        var result = new HashMap<Long, DroppedActivity>();
        for (var version : adopted) {
            Set<Long> droppedThen = read(version.tree()).activities().filter(ActivityView::dropped)
                    .map(ActivityView::id).collect(Collectors.toSet());
            result.replaceAll((id, drop) -> drop.stillDropped() && !droppedThen.contains(id)
                    ? new DroppedActivity(id, drop.version(), drop.from(), version.effectiveFrom()) : drop);
            for (var id : droppedThen) {
                var known = result.get(id);
                if (known == null || !known.stillDropped()) {
                    result.put(id, new DroppedActivity(id, version.number(), version.effectiveFrom()));
                }
            }
        }
        return Map.copyOf(result);
    }

    Optional<PlanVersion> revision(long planId) {
        return versions.findByPlanIdOrderByNumber(planId).stream()
                .filter(v -> v.status() == PlanVersionStatus.IN_REVISION).findFirst();
    }

    static PlanTree withoutDropped(PlanTree tree) {
        return tree.activities().anyMatch(ActivityView::dropped) ? rebuild(tree, a -> !a.dropped(), i -> i) : tree;
    }

    /** The live tree with the activities and targets of a version. */
    static PlanTree overlay(PlanTree live, PlanTree version) {
        Set<Long> kept = version.activities().filter(a -> !a.dropped()).map(ActivityView::id).collect(Collectors.toSet());
        Map<Long, IndicatorView> targets = new HashMap<>();
        version.indicators().forEach(indicator -> targets.put(indicator.id(), indicator));
        return rebuild(live, a -> !a.dropped() || kept.contains(a.id()), indicator -> {
            var then = targets.get(indicator.id());
            return then == null ? indicator : new IndicatorView(indicator.id(), indicator.version(), indicator.owner(),
                    indicator.name(), indicator.resultLevel(), indicator.type(), indicator.unit(), indicator.direction(),
                    indicator.numerator(), indicator.denominator(), indicator.scaleMin(), indicator.scaleMax(),
                    indicator.baselineValue(), indicator.baselineYear(), indicator.baselineSource(), then.targetValue(),
                    then.targetYear(), then.yearTargets(), indicator.disaggregations(), indicator.dataSource(),
                    indicator.meansOfVerification(), indicator.frequency(), indicator.responsibleInstitutionId(),
                    indicator.aggregation());
        });
    }

    private static PlanTree rebuild(PlanTree tree, Predicate<ActivityView> keep, UnaryOperator<IndicatorView> indicators) {
        return new PlanTree(tree.plan(), tree.objectives().stream().map(so -> new StrategicObjectiveNode(so.id(),
                so.version(), so.code(), so.title(), so.description(), so.thematicArea(), map(so.indicators(), indicators),
                so.specificObjectives().stream().map(sp -> new SpecificObjectiveNode(sp.id(), sp.version(),
                        sp.strategicObjectiveId(), sp.code(), sp.title(), sp.description(),
                        map(sp.indicators(), indicators), sp.activities().stream().filter(keep)
                                .map(a -> new ActivityView(a.id(), a.version(), a.specificObjectiveId(), a.code(),
                                        a.title(), a.description(), a.expectedResult(), a.leadInstitutionId(),
                                        a.supportingInstitutionIds(), a.responsiblePerson(), a.startDate(), a.endDate(),
                                        a.continuous(), a.frequency(), a.meansOfVerification(), a.assumptions(),
                                        a.risks(), a.status(), a.budgetLines(), map(a.indicators(), indicators),
                                        a.dropped(), a.responsibleUsername()))
                                .toList())).toList())).toList(), tree.areas());
    }

    private static List<IndicatorView> map(List<IndicatorView> indicators, UnaryOperator<IndicatorView> mapper) {
        return indicators.stream().map(mapper).toList();
    }
}
