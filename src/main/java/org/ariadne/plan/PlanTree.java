package org.ariadne.plan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A whole plan, in plan order, as one read: for the tree page, exports, the quality audit and imports. */
public record PlanTree(PlanHeader plan, List<StrategicObjectiveNode> objectives) {

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
