package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures institutions reported, value by value with their institution and period, for the checks on their
 * quality (a value far from the institution's earlier ones, two institutions far apart). Reports sent to the office
 * count (submitted or accepted); a report being checked before it is sent counts as it stands. Applies no read rule
 * of its own: the module asking words and shows only what its reader may see.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class ReportedFigures {

    private static final String SENT = "'SUBMITTED', 'ACCEPTED'";

    private final JdbcClient jdbc;

    ReportedFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One reported total: what, who, for which collection period inside which reporting period. */
    public record Figure(long indicatorId, long institutionId, long periodId, LocalDate startsOn, LocalDate endsOn,
            BigDecimal total, ReportStatus status) {
    }

    /** The totals of one report, whatever its status. */
    public List<Figure> ofReport(long periodId, long institutionId) {
        return figures("r.period_id = ? and r.institution_id = ?", periodId, institutionId);
    }

    /** The totals of every report of the period that was sent to the office. */
    public List<Figure> sentInPeriod(long periodId) {
        return figures("r.period_id = ? and r.status in (" + SENT + ")", periodId);
    }

    /**
     * The totals sent for the plan's collection periods starting in {@code [from, to)}: the history the checks
     * compare with. {@code institutionId} null for every institution.
     */
    public List<Figure> sentBetween(long planId, Long institutionId, LocalDate from, LocalDate to) {
        if (institutionId == null) {
            return figures("r.plan_id = ? and r.status in (" + SENT + ") and v.starts_on >= ? and v.starts_on < ?",
                    planId, from, to);
        }
        return figures("r.plan_id = ? and r.institution_id = ? and r.status in (" + SENT + ")"
                + " and v.starts_on >= ? and v.starts_on < ?", planId, institutionId, from, to);
    }

    /** The activities each institution attached evidence to in its report of the period, by institution. */
    public Map<Long, Set<Long>> evidencedActivities(long periodId) {
        var result = new HashMap<Long, Set<Long>>();
        jdbc.sql("""
                        select distinct r.institution_id, e.activity_id from report_evidence e
                        join progress_report r on r.id = e.report_id where r.period_id = ?""")
                .param(periodId)
                .query(row -> {
                    result.computeIfAbsent(row.getLong(1), key -> new HashSet<>()).add(row.getLong(2));
                });
        return result;
    }

    private List<Figure> figures(String where, Object... parameters) {
        var result = new ArrayList<Figure>();
        var statement = jdbc.sql("""
                select v.indicator_id, r.institution_id, r.period_id, v.starts_on, v.ends_on, v.total, r.status
                from report_value v join progress_report r on r.id = v.report_id
                where v.total is not null and %s
                order by v.starts_on, r.institution_id, v.indicator_id""".formatted(where));
        for (var parameter : parameters) {
            statement = statement.param(parameter);
        }
        statement.query(row -> {
            result.add(new Figure(row.getLong(1), row.getLong(2), row.getLong(3), row.getDate(4).toLocalDate(),
                    row.getDate(5).toLocalDate(), row.getBigDecimal(6), ReportStatus.valueOf(row.getString(7))));
        });
        return result;
    }
}
