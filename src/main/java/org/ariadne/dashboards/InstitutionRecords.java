package org.ariadne.dashboards;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.ariadne.common.charts.Chart;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.progress.ProgressOverview.ActivityProgress;
import org.ariadne.progress.ProgressRules;
import org.ariadne.reportingcycle.Completeness;
import org.springframework.stereotype.Component;

import static org.ariadne.dashboards.InstitutionDashboard.Timeliness;

/** Builds an institution's view from the plan's progress and its row of the completeness matrix. */
@Component
class InstitutionRecords {

    private final DashboardTexts texts;

    InstitutionRecords(DashboardTexts texts) {
        this.texts = texts;
    }

    InstitutionDashboard build(ProgressOverview overview, InstitutionView institution, DashboardFilter filter,
            Completeness.Matrix matrix, LocalDate today, Locale locale) {
        var id = institution.id();
        var rows = new ArrayList<InstitutionDashboard.ActivityRow>();
        for (var strategic : overview.strategic()) {
            for (var specific : strategic.specific()) {
                for (var activity : specific.activities()) {
                    var view = activity.activity();
                    boolean lead = Long.valueOf(id).equals(view.leadInstitutionId());
                    if (lead || view.supportingInstitutionIds().contains(id)) {
                        rows.add(new InstitutionDashboard.ActivityRow(activity, specific.objective().code(), lead));
                    }
                }
            }
        }
        var achievements = rows.stream().map(row -> row.progress().achievement()).toList();
        var record = matrix == null ? null : record(matrix, id, today, locale);
        return new InstitutionDashboard(overview.plan(), institution, overview.year(), filter, List.copyOf(rows),
                ProgressRules.rollUp(achievements), Coverage.of(achievements), statusChart(institution, rows, locale),
                activitiesTable(rows, locale), record);
    }

    private DashboardChart statusChart(InstitutionView institution, List<InstitutionDashboard.ActivityRow> rows,
            Locale locale) {
        var counts = PlanOverviews.statusCounts(rows.stream().map(InstitutionDashboard.ActivityRow::progress).toList());
        var chart = Chart.of(Chart.Kind.BARS, texts.get("dashboards.institution.chart.statuses", locale,
                        institution.shortName() != null && !institution.shortName().isBlank() ? institution.shortName()
                                : institution.name()))
                .valueAxis(texts.get("dashboards.axis.activities", locale))
                .categories(java.util.Arrays.stream(StatusColumn.values()).map(c -> texts.get(c.messageKey(), locale)).toList())
                .series(texts.get("dashboards.axis.activities", locale),
                        java.util.Arrays.stream(StatusColumn.values()).map(counts::get).toList())
                .build();
        return new DashboardChart(InstitutionDashboard.STATUSES, chart, texts.get("dashboards.column.status", locale));
    }

    private DashboardTable activitiesTable(List<InstitutionDashboard.ActivityRow> rows, Locale locale) {
        var header = List.of("code", "activity", "role", "status", "progress", "light").stream()
                .map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var lines = new ArrayList<List<Object>>();
        for (var row : rows) {
            ActivityProgress progress = row.progress();
            var activity = progress.activity();
            lines.add(java.util.Arrays.asList(activity.code(), activity.title(),
                    texts.get(row.lead() ? "dashboards.role.lead" : "dashboards.role.supporting", locale),
                    texts.get(StatusColumn.of(activity.status()).messageKey(), locale),
                    texts.cell(progress.achievement(), locale), texts.light(progress.achievement(), locale)));
        }
        return new DashboardTable(InstitutionDashboard.ACTIVITIES, texts.get("dashboards.institution.activities", locale),
                header, lines);
    }

    private InstitutionDashboard.ReportingRecord record(Completeness.Matrix matrix, long institutionId, LocalDate today,
            Locale locale) {
        var row = matrix.rows().stream().filter(r -> r.institutionId() == institutionId).findFirst().orElse(null);
        var periods = new ArrayList<InstitutionDashboard.PeriodRecord>();
        var overdue = new ArrayList<InstitutionDashboard.Overdue>();
        if (row != null) {
            for (var cell : row.cells()) {
                if (!cell.expected() || cell.state() == Completeness.State.NOT_DUE) {
                    continue;
                }
                var period = cell.period();
                periods.add(new InstitutionDashboard.PeriodRecord(period.label(), period.deadline(), cell.state(),
                        cell.firstSubmittedAt(), timeliness(cell)));
                if (cell.state() == Completeness.State.MISSING) {
                    overdue.add(new InstitutionDashboard.Overdue(period.label(), period.deadline(),
                            ChronoUnit.DAYS.between(period.deadline(), today)));
                }
            }
        }
        var rate = row == null ? new Completeness.Rate(0, 0, 0) : row.rate();
        return new InstitutionDashboard.ReportingRecord(List.copyOf(periods), List.copyOf(overdue), rate,
                byYear(row, locale), periodsTable(periods, locale), overdueTable(overdue, locale));
    }

    static Timeliness timeliness(Completeness.Cell cell) {
        if (cell.firstSubmittedAt() != null) {
            return cell.onTime() ? Timeliness.ON_TIME : Timeliness.LATE;
        }
        return cell.state() == Completeness.State.MISSING ? Timeliness.MISSING : Timeliness.OPEN;
    }

    private DashboardChart byYear(Completeness.Row row, Locale locale) {
        var counts = new TreeMap<Integer, int[]>();
        if (row != null) {
            for (var cell : row.cells()) {
                if (cell.expected() && cell.state() != Completeness.State.NOT_DUE) {
                    counts.computeIfAbsent(cell.period().endsOn().getYear(), year -> new int[Timeliness.values().length])
                            [timeliness(cell).ordinal()]++;
                }
            }
        }
        var builder = Chart.of(Chart.Kind.STACKED_BARS, texts.get("dashboards.record.chart", locale))
                .valueAxis(texts.get("dashboards.axis.reports", locale))
                .categories(counts.keySet().stream().map(String::valueOf).toList());
        for (var timeliness : Timeliness.values()) {
            builder.series(texts.get(timeliness.messageKey(), locale),
                    counts.values().stream().map(c -> c[timeliness.ordinal()]).toList());
        }
        return new DashboardChart(InstitutionDashboard.RECORD_BY_YEAR, builder.build(),
                texts.get("dashboards.column.year", locale));
    }

    private DashboardTable periodsTable(List<InstitutionDashboard.PeriodRecord> periods, Locale locale) {
        var header = List.of("period", "deadline", "state", "first-submitted", "timeliness").stream()
                .map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var rows = new ArrayList<List<Object>>();
        for (var period : periods) {
            rows.add(java.util.Arrays.asList(period.period(), period.deadline(), texts.get(period.state().messageKey(), locale),
                    period.firstSubmittedAt(), texts.get(period.timeliness().messageKey(), locale)));
        }
        return new DashboardTable(InstitutionDashboard.RECORD, texts.get("dashboards.record.heading", locale), header, rows);
    }

    private DashboardTable overdueTable(List<InstitutionDashboard.Overdue> overdue, Locale locale) {
        var header = List.of("period", "deadline", "days-overdue").stream()
                .map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var rows = new ArrayList<List<Object>>();
        overdue.forEach(o -> rows.add(List.of(o.period(), o.deadline(), o.daysOverdue())));
        return new DashboardTable(InstitutionDashboard.OVERDUE, texts.get("dashboards.overdue.heading", locale), header, rows);
    }
}
