package org.ariadne.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.reporting.ReportStatus;

/**
 * One indicator: its trend over the reporting periods against baseline and target, the year's value compared with
 * its target (and how), its breakdown by disaggregation in that year, and which institution reported what.
 * {@code notListed} values count in the figures but come from reports the reader may not read, so they are not
 * listed in {@code reported}.
 *
 * <p>{@code suppressedBelow} is the disclosure threshold when the reader sees this indicator's counts only through the
 * disclosure rule and some are suppressed (the page explains the mark with it), else null; {@code valueSuppressed}
 * says that the year's value is one of them (its achievement is then not shown either).
 */
public record IndicatorDashboard(PlanHeader plan, IndicatorView indicator, String ownerCode, int year,
        DashboardFilter filter, IndicatorProgress progress, DashboardChart trend, List<DashboardChart> breakdowns,
        String breakdownPeriod, List<Reported> reported, int notListed, DashboardTable reportedTable,
        Integer suppressedBelow, boolean valueSuppressed) {

    public static final String TREND = "trend";
    public static final String REPORTED = "reported-values";

    /** One reported value: the collection period, the institution, the figure and the state of its report. */
    public record Reported(String period, LocalDate startsOn, LocalDate endsOn, String institution, long institutionId,
            java.math.BigDecimal total, java.math.BigDecimal numerator, java.math.BigDecimal denominator,
            ReportStatus status, boolean suppressed) {
    }

    public List<DashboardTable> tables() {
        var tables = new ArrayList<DashboardTable>();
        tables.add(trend.table());
        breakdowns.forEach(chart -> tables.add(chart.table()));
        tables.add(reportedTable);
        return tables;
    }
}
