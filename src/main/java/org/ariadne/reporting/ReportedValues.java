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

    /** Every year's values of the plan's indicators, added up (see {@link #yearly(long, int, boolean)}). */
    public List<YearValue> yearly(long planId, boolean includeSubmitted) {
        return yearly(planId, 9998, includeSubmitted);
    }

    /**
     * The plan's values added up per indicator and year, for the years up to {@code throughYear} (what the progress of
     * that year can use). Accepted values come added up already ({@link IndicatorYearTotals} keeps them with each
     * acceptance), so this reads one row per indicator and year however many values there are; submitted values, for
     * the few readers who may count them, are the reports waiting for a decision and are added up here.
     */
    public List<YearValue> yearly(long planId, int throughYear, boolean includeSubmitted) {
        var tallies = new TreeMap<Long, Map<Integer, YearTally>>();
        jdbc.sql("""
                        select indicator_id, yr, values_count, total_sum, numerator_sum, numerator_count, denominator_sum,
                               denominator_count, last_ends_on, last_value_id, last_total
                        from indicator_year_total where plan_id = ? and yr <= ? and values_count > 0""")
                .params(planId, throughYear)
                .query(row -> {
                    var tally = new YearTally();
                    tally.count = row.getInt("values_count");
                    tally.sum = row.getBigDecimal("total_sum");
                    tally.numerators = row.getInt("numerator_count");
                    tally.numeratorSum = orZero(row.getBigDecimal("numerator_sum"));
                    tally.denominators = row.getInt("denominator_count");
                    tally.denominatorSum = orZero(row.getBigDecimal("denominator_sum"));
                    tally.lastAmong(row.getDate("last_ends_on").toLocalDate(), row.getLong("last_value_id"),
                            row.getBigDecimal("last_total"));
                    tallies.computeIfAbsent(row.getLong("indicator_id"), key -> new TreeMap<>()).put(row.getInt("yr"), tally);
                });
        if (statuses(includeSubmitted).contains("SUBMITTED")) {
            jdbc.sql("""
                            select v.id, v.indicator_id, v.ends_on, v.total, v.numerator, v.denominator
                            from report_value v join progress_report r on r.id = v.report_id
                            where r.plan_id = ? and r.status = 'SUBMITTED' and v.total is not null and v.ends_on < ?""")
                    .params(planId, java.sql.Date.valueOf(LocalDate.of(throughYear + 1, 1, 1)))
                    .query(row -> {
                        var endsOn = row.getDate("ends_on").toLocalDate();
                        tallies.computeIfAbsent(row.getLong("indicator_id"), key -> new TreeMap<>())
                                .computeIfAbsent(endsOn.getYear(), key -> new YearTally())
                                .add(row.getLong("id"), endsOn, row.getBigDecimal("total"), row.getBigDecimal("numerator"),
                                        row.getBigDecimal("denominator"));
                    });
        }
        var result = new ArrayList<YearValue>();
        tallies.forEach((indicator, years) -> years.forEach((year, tally) -> result.add(tally.toYearValue(indicator, year))));
        return result;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
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
