package org.ariadne.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
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

    /**
     * The overview as a reader sees it when some indicators' progress is shown otherwise ({@code shown}: a count the
     * reader may see only protected, its achievement then not measurable where the value is suppressed): every
     * indicator through {@code shown}, and the activities, objectives and plan rolled up again by the same rules as
     * {@link PlanProgress}, so that an average never gives back what an indicator withholds (an indicator that is not
     * measured is left out of the roll-up).
     */
    public ProgressOverview withIndicators(UnaryOperator<IndicatorProgress> shown) {
        var strategicShown = new ArrayList<StrategicProgress>();
        for (var so : strategic) {
            var specifics = new ArrayList<SpecificProgress>();
            for (var sp : so.specific()) {
                var activities = new ArrayList<ActivityProgress>();
                for (var activity : sp.activities()) {
                    var indicators = activity.indicators().stream().map(shown).toList();
                    activities.add(new ActivityProgress(activity.activity(), ProgressRules.activity(
                            activity.activity().status(), indicators.stream().map(IndicatorProgress::achievement)
                                    .toList()), indicators));
                }
                specifics.add(new SpecificProgress(sp.objective(), ProgressRules.rollUp(activities.stream()
                        .map(ActivityProgress::achievement).toList()), activities,
                        sp.indicators().stream().map(shown).toList()));
            }
            strategicShown.add(new StrategicProgress(so.objective(), ProgressRules.rollUp(specifics.stream()
                    .map(SpecificProgress::achievement).toList()), specifics, so.indicators().stream().map(shown)
                    .toList()));
        }
        return new ProgressOverview(plan, year, includesSubmitted, ProgressRules.rollUp(strategicShown.stream()
                .map(StrategicProgress::achievement).toList()), strategicShown);
    }
}
