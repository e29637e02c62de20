package org.ariadne.plan;

import java.util.List;
import java.util.Map;

import org.ariadne.common.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans: the list, a whole plan as a tree, single elements and the monitoring matrix. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Plans {

    private final PlanReader reader;
    private final VersionTrees versions;
    private final TerritorialScope scope;
    private final org.ariadne.institutions.InstitutionParticipants owners;

    Plans(PlanReader reader, VersionTrees versions, TerritorialScope scope,
            org.ariadne.institutions.InstitutionParticipants owners) {
        this.owners = owners;
        this.reader = reader;
        this.versions = versions;
        this.scope = scope;
    }

    /** The activities the signed-in office account is responsible for, across plans: their worklist. */
    @PreAuthorize("hasAnyRole('ME_OFFICER','COORDINATOR')")
    public List<WorklistEntry> myActivities() {
        return reader.responsibleFor(org.ariadne.security.CurrentUser.required().getUsername());
    }

    /**
     * The plans the reader may read: its participant's (all participants' for a person working across them), and of
     * those, for a local coordinator, the national ones and its unit's.
     */
    public List<PlanSummary> list() {
        var all = reader.summaries();
        if (!scope.filtersPlans()) {
            return all;
        }
        var readable = scope.readablePlans();
        return all.stream().filter(plan -> readable.test(plan.id())).toList();
    }

    /**
     * The participant a plan belongs to (issue 19), whoever asks; empty when there is no such plan. For the modules'
     * answers to the participant guard and for records that take their plan's participant; also with nobody signed
     * in (the reports' event listeners).
     */
    @PreAuthorize("permitAll()")
    public java.util.Optional<Long> participantOf(long planId) {
        return scope.participantOfPlan(planId);
    }

    /**
     * The institutions a form about the plan may offer and take (lead, supporting, responsible, funder, owner): its
     * participant's only (issue 19 item 2), as a test on institution ids.
     */
    public java.util.function.LongPredicate choosableInstitutions(long planId) {
        return owners.ofParticipant(participantOf(planId).orElse(org.ariadne.common.participant.ParticipantScope.HOME));
    }

    public PlanHeader header(long planId) {
        scope.requireReadable(planId);
        return reader.header(planId).orElseThrow(() -> NotFoundException.of("plan", planId));
    }

    /** The plan's thematic areas in its order, each with its names in English and Albanian. */
    public List<PlanArea> areas(long planId) {
        scope.requireReadable(planId);
        return reader.areas(planId);
    }

    public PlanTree tree(long planId) {
        scope.requireReadable(planId);
        return reader.tree(planId);
    }

    /**
     * The plan against which progress in {@code year} is measured: the activities and targets of the version in
     * force that year (see {@link PlanVersions}); without versions, the plan itself less the activities a revision
     * dropped.
     */
    public PlanTree treeInForce(long planId, int year) {
        return versions.inForce(tree(planId), year);
    }

    /** The plan as last adopted, for the portal: while a revision is open, the previous version's tree. */
    public PlanTree adoptedTree(long planId) {
        return versions.adopted(tree(planId));
    }

    /**
     * The activities the plan's adopted versions dropped, by activity id, with the date from which each no longer
     * counts (see {@link DroppedActivity}): what decides which reports still ask for them. A plan never revised is
     * answered without reading the versions' trees.
     */
    public Map<Long, DroppedActivity> droppedActivities(long planId) {
        return versions.dropped(planId);
    }

    /** The monitoring matrix; an activity an adopted version dropped stays, marked with the version and date. */
    public List<MatrixRow> matrix(long planId, MatrixFilter filter) {
        var dropped = new java.util.HashMap<>(droppedActivities(planId));
        dropped.values().removeIf(drop -> !drop.stillDropped());
        return MonitoringMatrix.rows(tree(planId), filter, dropped);
    }

    /** The plan an element belongs to. */
    public long planOf(PlanCode.Kind kind, long id) {
        var table = switch (kind) {
            case STRATEGIC_OBJECTIVE -> "strategic_objective";
            case SPECIFIC_OBJECTIVE -> "specific_objective";
            case ACTIVITY -> "activity";
        };
        return reader.planOf(table, id).orElseThrow(() -> NotFoundException.of(table, id));
    }

    public long planOfIndicator(long indicatorId) {
        return reader.planOf("indicator", indicatorId).orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
    }

    public StrategicObjectiveNode strategicObjective(long id) {
        return tree(planOf(PlanCode.Kind.STRATEGIC_OBJECTIVE, id)).strategicObjective(id)
                .orElseThrow(() -> NotFoundException.of("strategic-objective", id));
    }

    public SpecificObjectiveNode specificObjective(long id) {
        return tree(planOf(PlanCode.Kind.SPECIFIC_OBJECTIVE, id)).specificObjective(id)
                .orElseThrow(() -> NotFoundException.of("specific-objective", id));
    }

    public ActivityView activity(long id) {
        return tree(planOf(PlanCode.Kind.ACTIVITY, id)).activity(id)
                .orElseThrow(() -> NotFoundException.of("activity", id));
    }

    public IndicatorView indicator(long id) {
        return tree(planOfIndicator(id)).indicators().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> NotFoundException.of("indicator", id));
    }

    /** The code a new strategic objective would get: one more than the highest. */
    public String nextStrategicCode(long planId) {
        var highest = tree(planId).objectives().stream().mapToInt(o -> PlanCode.parse(o.code()).map(PlanCode::last).orElse(0))
                .max().orElse(0);
        return PlanCode.strategic(highest + 1).toString();
    }

    public String nextSpecificCode(long strategicObjectiveId) {
        var parent = strategicObjective(strategicObjectiveId);
        var parentNumber = PlanCode.parse(parent.code()).orElseThrow().last();
        var highest = parent.specificObjectives().stream()
                .mapToInt(o -> PlanCode.parse(o.code()).map(PlanCode::last).orElse(0)).max().orElse(0);
        return PlanCode.specific(parentNumber, highest + 1).toString();
    }

    public String nextActivityCode(long specificObjectiveId) {
        var parent = specificObjective(specificObjectiveId);
        var numbers = PlanCode.parse(parent.code()).orElseThrow().numbers();
        var highest = parent.activities().stream()
                .mapToInt(a -> PlanCode.parse(a.code()).map(PlanCode::last).orElse(0)).max().orElse(0);
        return PlanCode.activity(numbers.get(0), numbers.get(1), highest + 1).toString();
    }
}
