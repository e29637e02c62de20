package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.WorklistReports;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the worklist ({@link WorklistReports}): the reports waiting for review that cover the activities an office
 * account is responsible for, read in one query per thousand activities without loading the reports.
 */
@Component
class WorklistNewReports implements WorklistReports {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;
    private final Institutions institutions;

    WorklistNewReports(JdbcClient jdbc, ReportingPeriods periods, Institutions institutions) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.institutions = institutions;
    }

    private record Waiting(long activityId, long periodId, long institutionId, java.time.LocalDateTime submittedAt,
            java.time.LocalDateTime firstSubmittedAt) {
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, NewReport> waitingFor(Collection<Long> activityIds) {
        var ids = List.copyOf(activityIds);
        var waiting = new ArrayList<Waiting>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            waiting.addAll(jdbc.sql("""
                            select ra.activity_id, r.period_id, r.institution_id, r.submitted_at, r.first_submitted_at
                            from report_activity ra join progress_report r on r.id = ra.report_id
                            where r.status = 'SUBMITTED' and ra.status is not null and ra.activity_id in (%s)
                            order by r.submitted_at desc, r.id desc""".formatted(marks))
                    .params(new ArrayList<Object>(chunk))
                    .query((row, n) -> new Waiting(row.getLong(1), row.getLong(2), row.getLong(3),
                            row.getTimestamp(4).toLocalDateTime(), row.getTimestamp(5).toLocalDateTime()))
                    .list());
        }
        var result = new LinkedHashMap<Long, NewReport>();
        if (waiting.isEmpty()) {
            return result;
        }
        var directory = institutions.directory();
        var labels = new java.util.HashMap<Long, String>();
        waiting.stream().sorted(java.util.Comparator.comparing(Waiting::submittedAt).reversed()).forEach(report ->
                result.putIfAbsent(report.activityId(), new NewReport(report.periodId(),
                        labels.computeIfAbsent(report.periodId(), id -> periods.period(id).label()),
                        report.institutionId(), directory.nameOf(report.institutionId()), report.submittedAt(),
                        report.submittedAt().isAfter(report.firstSubmittedAt()))));
        return result;
    }
}
