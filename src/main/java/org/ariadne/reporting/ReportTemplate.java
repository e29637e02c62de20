package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.DroppedActivity;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;
import org.ariadne.reportingcycle.PeriodView;

/**
 * What an institution reports on in a period, taken from the plan: the activities it leads that run in the period
 * (or ran before and are not completed yet), the indicators of those activities no other institution answers
 * for, and every indicator it is named responsible for elsewhere in the plan. An activity an adopted version of the
 * plan dropped is left out, with its indicators, of the reports of periods starting on or after that version's
 * effective date; earlier periods keep it.
 */
final class ReportTemplate {

    record Item(ActivityView activity, String objectiveCode, List<IndicatorView> indicators) {
    }

    record Other(IndicatorView indicator, String ownerCode) {
    }

    final List<Item> activities = new ArrayList<>();
    final List<Other> otherIndicators = new ArrayList<>();
    private String planTitle;

    static ReportTemplate of(PlanTree tree, long institutionId, PeriodView period) {
        return of(tree, institutionId, period, ReportingYears.YearScope.NONE, Map.of());
    }

    /**
     * The template as the year's approved operational plan has it ({@link ReportingYears}), without the activities
     * dropped by the period's start ({@code dropped}: {@link org.ariadne.plan.Plans#droppedActivities}).
     */
    static ReportTemplate of(PlanTree tree, long institutionId, PeriodView period, ReportingYears.YearScope scope,
            Map<Long, DroppedActivity> dropped) {
        var template = new ReportTemplate();
        template.planTitle = tree.plan().title();
        for (var strategic : tree.objectives()) {
            strategic.indicators().stream().filter(i -> responsible(i, institutionId))
                    .forEach(i -> template.otherIndicators.add(new Other(i, strategic.code())));
            for (var specific : strategic.specificObjectives()) {
                specific.indicators().stream().filter(i -> responsible(i, institutionId))
                        .forEach(i -> template.otherIndicators.add(new Other(i, specific.code())));
                for (var activity : specific.activities()) {
                    if (droppedBy(activity, period, dropped)) {
                        continue;
                    }
                    boolean leads = Objects.equals(activity.leadInstitutionId(), institutionId);
                    if (leads && runsIn(activity, period, scope)) {
                        var own = activity.indicators().stream()
                                .filter(i -> i.responsibleInstitutionId() == null || responsible(i, institutionId))
                                .toList();
                        template.activities.add(new Item(activity, specific.code(), own));
                    } else if (!leads) {
                        activity.indicators().stream().filter(i -> responsible(i, institutionId))
                                .forEach(i -> template.otherIndicators.add(new Other(i, activity.code())));
                    }
                }
            }
        }
        return template;
    }

    boolean isEmpty() {
        return activities.isEmpty() && otherIndicators.isEmpty();
    }

    String planTitle() {
        return planTitle;
    }

    /** The activity of the template with that id, or a refusal: a report only takes what it holds. */
    Item activity(long activityId) {
        return activities.stream().filter(item -> item.activity().id() == activityId).findFirst()
                .orElseThrow(() -> ReportingException.notInReport("activity " + activityId));
    }

    /** How many of the template's activities have no status yet, given the activities that have one. */
    long missingStatuses(java.util.Collection<Long> activitiesWithStatus) {
        var done = new java.util.HashSet<>(activitiesWithStatus);
        return activities.stream().filter(item -> !done.contains(item.activity().id())).count();
    }

    private static boolean responsible(IndicatorView indicator, long institutionId) {
        return Objects.equals(indicator.responsibleInstitutionId(), institutionId);
    }

    /** Whether an adopted version dropped the activity from a day on or before the period's start. */
    static boolean droppedBy(ActivityView activity, PeriodView period, Map<Long, DroppedActivity> dropped) {
        var drop = dropped.get(activity.id());
        return drop != null && drop.goneBy(period.startsOn());
    }

    /**
     * Runs in the period as the year's operational plan has it: not when the plan leaves it out of the year; a
     * carried-over activity up to its new end date (and after it, until completed); otherwise as {@link #runsIn}.
     */
    static boolean runsIn(ActivityView activity, PeriodView period, ReportingYears.YearScope scope) {
        if (scope.leftOut().contains(activity.id())) {
            return false;
        }
        var carriedTo = scope.carriedTo().get(activity.id());
        if (carriedTo != null) {
            return !carriedTo.isBefore(period.startsOn()) || activity.status() != ActivityStatus.COMPLETED;
        }
        return runsIn(activity, period);
    }

    /** Runs in the period, or has no dates, or is continuous, or ended before it without being completed. */
    static boolean runsIn(ActivityView activity, PeriodView period) {
        if (activity.continuous() || (activity.startDate() == null && activity.endDate() == null)) {
            return true;
        }
        if (activity.startDate() != null && activity.startDate().isAfter(period.endsOn())) {
            return false;
        }
        if (activity.endDate() != null && activity.endDate().isBefore(period.startsOn())) {
            return activity.status() != ActivityStatus.COMPLETED;
        }
        return true;
    }
}
