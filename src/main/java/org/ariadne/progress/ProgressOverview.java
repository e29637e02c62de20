package org.ariadne.progress;

import java.util.List;
import java.util.stream.Stream;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;

/** A plan's progress in a year, element by element, as the dashboards and the annual report show it. */
public record ProgressOverview(PlanHeader plan, int year, boolean includesSubmitted, Achievement achievement,
        List<StrategicProgress> strategic) {

    public record StrategicProgress(StrategicObjectiveNode objective, Achievement achievement,
            List<SpecificProgress> specific, List<IndicatorProgress> indicators) {
    }

    public record SpecificProgress(SpecificObjectiveNode objective, Achievement achievement,
            List<ActivityProgress> activities, List<IndicatorProgress> indicators) {
    }

    public record ActivityProgress(ActivityView activity, Achievement achievement, List<IndicatorProgress> indicators) {
    }

    public Stream<ActivityProgress> activities() {
        return strategic.stream().flatMap(s -> s.specific().stream()).flatMap(s -> s.activities().stream());
    }

    public Stream<IndicatorProgress> indicators() {
        return Stream.of(strategic.stream().flatMap(s -> s.indicators().stream()),
                strategic.stream().flatMap(s -> s.specific().stream()).flatMap(s -> s.indicators().stream()),
                activities().flatMap(a -> a.indicators().stream())).flatMap(s -> s);
    }
}
