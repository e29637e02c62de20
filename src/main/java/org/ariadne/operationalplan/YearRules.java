package org.ariadne.operationalplan;

import java.time.LocalDate;
import java.util.Map;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;

/**
 * Which activities of the action plan go into a year's operational plan. Due: continuous, without dates (running for
 * the whole plan, as the reports read them), or with a timeline that overlaps the year. Proposed for carry-over: an
 * activity whose end date fell before the year (in the previous year or earlier) and that was not completed at the end
 * of the previous year. The previous year's operational plan counts: a carry-over it accepted ends on its new end date
 * (due when that falls in this year, proposed again when it did not), one it declined is not proposed again.
 */
final class YearRules {

    /** What the previous year's operational plan decided about a carried activity. */
    record Previous(LineDecision decision, LocalDate newEndDate) {
    }

    enum Fit {
        DUE, CARRY_OVER, NONE
    }

    private YearRules() {
    }

    static Fit fit(ActivityView activity, int year, ActivityStatus statusAtPreviousYearEnd, Map<Long, Previous> previous) {
        var before = previous.get(activity.id());
        if (before != null && before.decision() == LineDecision.DECLINED) {
            return Fit.NONE;
        }
        var end = before != null && before.decision() == LineDecision.ACCEPTED && before.newEndDate() != null
                ? before.newEndDate() : activity.endDate();
        if (due(activity.continuous(), activity.startDate(), end, year)) {
            return Fit.DUE;
        }
        if (carriedOver(activity.continuous(), end, year, statusAtPreviousYearEnd)) {
            return Fit.CARRY_OVER;
        }
        return Fit.NONE;
    }

    static boolean due(boolean continuous, LocalDate start, LocalDate end, int year) {
        if (continuous || (start == null && end == null)) {
            return true;
        }
        if (start != null && start.isAfter(LocalDate.of(year, 12, 31))) {
            return false;
        }
        return end == null || !end.isBefore(LocalDate.of(year, 1, 1));
    }

    static boolean carriedOver(boolean continuous, LocalDate end, int year, ActivityStatus statusAtPreviousYearEnd) {
        return !continuous && end != null && end.isBefore(LocalDate.of(year, 1, 1))
                && statusAtPreviousYearEnd != ActivityStatus.COMPLETED;
    }
}
