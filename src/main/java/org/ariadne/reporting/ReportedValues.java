package org.ariadne.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values institutions reported, for progress and dashboards: added up per indicator and year in the database
 * (a plan with a million reported values must not travel to the server), and the series of one indicator. Only
 * accepted reports count, unless a reviewer or evaluator asks to include submitted ones.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class ReportedValues {

    private final JdbcClient jdbc;

    ReportedValues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An indicator's values of one year: their sum, average, the latest one, and for rates their parts. */
    public record YearValue(long indicatorId, int year, BigDecimal sum, BigDecimal average, BigDecimal last,
            BigDecimal numerator, BigDecimal denominator, int count) {
    }

    /** One reported value with its parts. */
    public record PeriodValue(long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal total,
            BigDecimal numerator, BigDecimal denominator, Map<String, BigDecimal> parts, ReportStatus status,
            long institutionId) {
    }

    public List<YearValue> yearly(long planId, boolean includeSubmitted) {
        var statuses = statuses(includeSubmitted);
        var last = new java.util.HashMap<String, BigDecimal>();
        jdbc.sql("""
                        select indicator_id, yr, total from (
                            select v.indicator_id, extract(year from v.ends_on) as yr, v.total,
                                   row_number() over (partition by v.indicator_id, extract(year from v.ends_on)
                                                      order by v.ends_on desc, v.id desc) as latest
                            from report_value v join progress_report r on r.id = v.report_id
                            where r.plan_id = ? and r.status in (%s) and v.total is not null) ranked
                        where latest = 1""".formatted(statuses))
                .param(planId)
                .query(row -> {
                    last.put(row.getLong("indicator_id") + "@" + row.getInt("yr"), row.getBigDecimal("total"));
                });
        return jdbc.sql("""
                        select v.indicator_id, extract(year from v.ends_on) as yr, sum(v.total) as total_sum,
                               avg(v.total) as total_avg, sum(v.numerator) as numerator_sum,
                               sum(v.denominator) as denominator_sum, count(*) as values_count
                        from report_value v join progress_report r on r.id = v.report_id
                        where r.plan_id = ? and r.status in (%s) and v.total is not null
                        group by v.indicator_id, extract(year from v.ends_on)
                        order by v.indicator_id, yr""".formatted(statuses))
                .param(planId)
                .query((row, index) -> new YearValue(row.getLong("indicator_id"), row.getInt("yr"),
                        row.getBigDecimal("total_sum"), row.getBigDecimal("total_avg"),
                        last.get(row.getLong("indicator_id") + "@" + row.getInt("yr")), row.getBigDecimal("numerator_sum"),
                        row.getBigDecimal("denominator_sum"), row.getInt("values_count")))
                .list();
    }

    /** Every reported value of one indicator, oldest first, with its parts. */
    public List<PeriodValue> series(long indicatorId, boolean includeSubmitted) {
        var statuses = statuses(includeSubmitted);
        var parts = new TreeMap<Long, Map<String, BigDecimal>>();
        jdbc.sql("""
                        select p.report_value_id, p.part_key, p.amount from report_value_part p
                        join report_value v on v.id = p.report_value_id join progress_report r on r.id = v.report_id
                        where v.indicator_id = ? and r.status in (%s)""".formatted(statuses))
                .param(indicatorId)
                .query(row -> {
                    parts.computeIfAbsent(row.getLong(1), key -> new LinkedHashMap<>()).put(row.getString(2), row.getBigDecimal(3));
                });
        var result = new ArrayList<PeriodValue>();
        jdbc.sql("""
                        select v.*, r.status, r.institution_id from report_value v join progress_report r on r.id = v.report_id
                        where v.indicator_id = ? and r.status in (%s) and v.total is not null
                        order by v.starts_on, v.id""".formatted(statuses))
                .param(indicatorId)
                .query(row -> {
                    result.add(value(row, parts.getOrDefault(row.getLong("id"), Map.of())));
                });
        return result;
    }

    private static PeriodValue value(ResultSet row, Map<String, BigDecimal> parts) throws SQLException {
        return new PeriodValue(row.getLong("indicator_id"), row.getDate("starts_on").toLocalDate(),
                row.getDate("ends_on").toLocalDate(), row.getBigDecimal("total"), row.getBigDecimal("numerator"),
                row.getBigDecimal("denominator"), Map.copyOf(parts), ReportStatus.valueOf(row.getString("status")),
                row.getLong("institution_id"));
    }

    private static String statuses(boolean includeSubmitted) {
        return ReportAccess.countedStatuses(includeSubmitted);
    }
}
