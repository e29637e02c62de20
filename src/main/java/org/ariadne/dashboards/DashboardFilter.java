package org.ariadne.dashboards;

import java.time.LocalDate;
import java.util.Set;

import org.ariadne.plan.PlanHeader;

/**
 * What a dashboard is narrowed to. {@code year} null means the default: the current year while the plan runs,
 * otherwise its last (or, before it starts, its first) year; and when that year has no counted report, the latest
 * earlier year that has one (a plan whose reporting stopped opens on its last reported year, not on an empty one). {@code includeSubmitted} counts submitted reports as
 * well as accepted ones; the read models honour it only for the coordinator's office and evaluators. {@code area} is
 * the code of one of the plan's thematic areas.
 */
@org.springframework.modulith.NamedInterface("api")
public record DashboardFilter(Integer year, String area, Long institutionId, boolean includeSubmitted) {

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
        return yearIn(plan, today, Set.of());
    }

    /** The year asked for when it is one of the plan's years, otherwise the default year given the years with data. */
    public int yearIn(PlanHeader plan, LocalDate today, Set<Integer> yearsWithData) {
        if (chosenIn(plan)) {
            return year;
        }
        return defaultYear(plan, today, yearsWithData);
    }

    /** Whether the filter names one of the plan's years (otherwise the dashboards show the default year). */
    public boolean chosenIn(PlanHeader plan) {
        return year != null && year >= plan.startYear() && year <= plan.endYear();
    }

    /**
     * The calendar default ({@link #defaultYear(PlanHeader, LocalDate)}) when it has data or no year has any; else the
     * latest year with data before it.
     */
    public static int defaultYear(PlanHeader plan, LocalDate today, Set<Integer> yearsWithData) {
        int calendar = defaultYear(plan, today);
        if (yearsWithData.isEmpty() || yearsWithData.contains(calendar)) {
            return calendar;
        }
        return yearsWithData.stream().filter(y -> y < calendar && y >= plan.startYear()).max(Integer::compare)
                .orElse(calendar);
    }

    public static int defaultYear(PlanHeader plan, LocalDate today) {
        return Math.max(plan.startYear(), Math.min(plan.endYear(), today.getYear()));
    }
}
