package org.ariadne.dashboards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.institutions.InstitutionView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.progress.Achievement;
import org.ariadne.progress.ProgressOverview.ActivityProgress;
import org.ariadne.reportingcycle.Completeness;

/**
 * One institution in a plan: the activities it leads or supports with their status and progress, its reporting
 * record period by period, and its overdue reports. {@code record} is null when the reader's role may not see
 * reporting records (see {@link DashboardCharts#institution}).
 */
public record InstitutionDashboard(PlanHeader plan, InstitutionView institution, int year, DashboardFilter filter,
        List<ActivityRow> activities, Achievement achievement, Coverage coverage, DashboardChart statuses,
        DashboardTable activitiesTable, ReportingRecord record) {

    public static final String STATUSES = "statuses";
    public static final String ACTIVITIES = "activities";
    public static final String RECORD = "record";
    public static final String RECORD_BY_YEAR = "record-by-year";
    public static final String OVERDUE = "overdue";

    /** An activity of the institution, as lead or in support. */
    public record ActivityRow(ActivityProgress progress, String objectiveCode, boolean lead) {
    }

    /** Whether a report came in by its deadline. */
    public enum Timeliness {
        ON_TIME, LATE, MISSING, OPEN;

        public String messageKey() {
            return "dashboards.timeliness." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The institution's report for one period that has begun. */
    public record PeriodRecord(String period, LocalDate deadline, Completeness.State state,
            LocalDateTime firstSubmittedAt, Timeliness timeliness) {
    }

    /** A report past its deadline and not submitted. */
    public record Overdue(String period, LocalDate deadline, long daysOverdue) {
    }

    /** The reporting record: every period that has begun, the overdue reports, and the rate of reports in. */
    public record ReportingRecord(List<PeriodRecord> periods, List<Overdue> overdue, Completeness.Rate rate,
            DashboardChart byYear, DashboardTable periodsTable, DashboardTable overdueTable) {
    }

    public List<DashboardTable> tables() {
        var tables = new ArrayList<DashboardTable>();
        tables.add(statuses.table());
        tables.add(activitiesTable);
        if (record != null) {
            tables.add(record.byYear().table());
            tables.add(record.periodsTable());
            tables.add(record.overdueTable());
        }
        return tables;
    }
}
