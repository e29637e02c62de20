package org.ariadne.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole plan, in plan order, as one read: for the tree page, exports, the quality audit and imports. {@code areas}
 * are the plan's own thematic areas in its order; objectives name them by code.
 */
public record PlanTree(PlanHeader plan, List<StrategicObjectiveNode> objectives, List<PlanArea> areas) {

    public PlanTree {
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    /** A plan with the six areas a new plan starts with. */
    public PlanTree(PlanHeader plan, List<StrategicObjectiveNode> objectives) {
        this(plan, objectives, Arrays.stream(ThematicArea.values()).map(PlanArea::of).toList());
    }

    /** The same plan with these areas (an adopted version's tree written before areas were the plan's own). */
    PlanTree withAreas(List<PlanArea> others) {
        return new PlanTree(plan, objectives, others);
    }

    /** The plan's area with this code, if it has one. */
    public Optional<PlanArea> area(String code) {
        return code == null ? Optional.empty() : areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The name of the area with this code in the reader's language; the code itself for an area no longer listed. */
    public String areaLabel(String code, Locale locale) {
        return code == null ? null : area(code).map(a -> a.label(locale)).orElse(code);
    }

    public Stream<SpecificObjectiveNode> specificObjectives() {
        return objectives.stream().flatMap(objective -> objective.specificObjectives().stream());
    }

    public Stream<ActivityView> activities() {
        return specificObjectives().flatMap(objective -> objective.activities().stream());
    }

    /** Every indicator: on strategic objectives, specific objectives and activities. */
    public Stream<IndicatorView> indicators() {
        return Stream.of(objectives.stream().flatMap(o -> o.indicators().stream()),
                specificObjectives().flatMap(o -> o.indicators().stream()),
                activities().flatMap(a -> a.indicators().stream())).flatMap(s -> s);
    }

    public Optional<StrategicObjectiveNode> strategicObjective(long id) {
        return objectives.stream().filter(o -> o.id() == id).findFirst();
    }

    public Optional<SpecificObjectiveNode> specificObjective(long id) {
        return specificObjectives().filter(o -> o.id() == id).findFirst();
    }

    public Optional<ActivityView> activity(long id) {
        return activities().filter(a -> a.id() == id).findFirst();
    }
}
