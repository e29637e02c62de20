package org.ariadne.dashboards;

import java.time.LocalDate;

import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.ThematicArea;

/**
 * What a dashboard is narrowed to. {@code year} null means the default: the current year while the plan runs,
 * otherwise its last (or, before it starts, its first) year. {@code includeSubmitted} counts submitted reports as
 * well as accepted ones; the read models honour it only for the coordinator's office and evaluators.
 */
public record DashboardFilter(Integer year, ThematicArea area, Long institutionId, boolean includeSubmitted) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, false);
    }

    public static DashboardFilter year(int year) {
        return new DashboardFilter(year, null, null, false);
    }

    public boolean narrowed() {
        return area != null || institutionId != null;
    }

    /** The year asked for when it is one of the plan's years, otherwise the default year. */
    public int yearIn(PlanHeader plan, LocalDate today) {
        if (year != null && year >= plan.startYear() && year <= plan.endYear()) {
            return year;
        }
        return defaultYear(plan, today);
    }

    public static int defaultYear(PlanHeader plan, LocalDate today) {
        return Math.max(plan.startYear(), Math.min(plan.endYear(), today.getYear()));
    }
}
