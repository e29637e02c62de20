package org.ariadne.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accepted values of each indicator added up per year ({@code indicator_year_total}), kept up to date in the
 * transaction that accepts or reopens a report: a dashboard right after an acceptance reads these few rows instead
 * of adding up every value the plan ever received. Only this class writes the table; {@link ReportedValues} reads it.
 * <p>
 * Two acceptances at once may count values of the same indicator and year: each locks the rows it changes (in one
 * order, so that neither waits for the other in a circle) and the second reads what the first wrote.
 */
@Component
class IndicatorYearTotals {

    private static final int[] UPDATE_TYPES = {Types.INTEGER, Types.NUMERIC, Types.NUMERIC, Types.INTEGER, Types.NUMERIC,
            Types.INTEGER, Types.DATE, Types.BIGINT, Types.NUMERIC, Types.BIGINT, Types.INTEGER};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate savepoint;

    IndicatorYearTotals(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    private record Key(long indicatorId, int year) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byIndicator = Long.compare(indicatorId, other.indicatorId);
            return byIndicator != 0 ? byIndicator : Integer.compare(year, other.year);
        }
    }

    /** Synchronous: the totals change in the transaction that accepts the report, and only if it commits. */
    @EventListener
    void on(ProgressReportAccepted accepted) {
        add(accepted.reportId(), accepted.planId());
    }

    @EventListener
    void on(ProgressReportReopened reopened) {
        subtract(reopened.reportId(), reopened.planId());
    }

    void add(long reportId, long planId) {
        var report = new HashSet<Long>();
        var delta = tallies(reportId, report);
        if (delta.isEmpty()) {
            return;
        }
        var rows = lock(planId, delta.keySet());
        for (var entry : delta.entrySet()) {
            rows.get(entry.getKey()).add(entry.getValue());
        }
        write(rows, delta.keySet());
    }

    void subtract(long reportId, long planId) {
        var report = new HashSet<Long>();
        var delta = tallies(reportId, report);
        if (delta.isEmpty()) {
            return;
        }
        var rows = lock(planId, delta.keySet());
        var lastGone = new ArrayList<Key>();
        for (var entry : delta.entrySet()) {
            if (!rows.get(entry.getKey()).subtract(entry.getValue(), report)) {
                lastGone.add(entry.getKey());
            }
        }
        findLast(lastGone, rows);
        write(rows, delta.keySet());
    }

    /**
     * Adds up again every accepted value of the plan and puts right the rows that differ from it: for values written
     * outside the workflow (a data repair) or a total suspected wrong. The plan's rows stay locked until the
     * transaction ends, so an acceptance of the plan meanwhile waits and then adds to the recounted figures. Returns
     * the rows that differed, with what was kept and what the accepted values give.
     */
    @Transactional
    TotalsRecount recount(long planId) {
        var kept = rows("plan_id = :plan", "plan", planId, true);
        var recounted = new TreeMap<Key, YearTally>();
        jdbc.sql("""
                        select v.id, v.indicator_id, v.ends_on, v.total, v.numerator, v.denominator
                        from report_value v join progress_report r on r.id = v.report_id
                        where r.plan_id = ? and r.status = 'ACCEPTED' and v.total is not null""")
                .param(planId)
                .query(row -> {
                    count(recounted, new HashSet<>(), row);
                });
        var keys = new TreeSet<Key>(kept.keySet());
        keys.addAll(recounted.keySet());
        var differing = new TreeMap<Key, YearTally>();
        var differences = new ArrayList<TotalsRecount.Difference>();
        for (var key : keys) {
            var was = kept.getOrDefault(key, new YearTally());
            var is = recounted.getOrDefault(key, new YearTally());
            if (!was.sameAs(is)) {
                differing.put(key, is);
                differences.add(new TotalsRecount.Difference(key.indicatorId(), key.year(), was.figures(), is.figures()));
            }
        }
        // a row with nothing accepted is kept at zero, never deleted: acceptances find and lock the same row
        insertMissing(planId, missing(differing.keySet(), kept));
        write(differing, differing.keySet());
        return new TotalsRecount(planId, keys.size(), differences);
    }

    /** What the report's values add up to, per indicator and year; {@code ids} receives the ids of the values. */
    private Map<Key, YearTally> tallies(long reportId, Set<Long> ids) {
        var tallies = new TreeMap<Key, YearTally>();
        jdbc.sql("""
                        select id, indicator_id, ends_on, total, numerator, denominator from report_value
                        where report_id = ? and total is not null""")
                .param(reportId)
                .query(row -> {
                    count(tallies, ids, row);
                });
        return tallies;
    }

    private static void count(Map<Key, YearTally> tallies, Set<Long> ids, java.sql.ResultSet row)
            throws java.sql.SQLException {
        var endsOn = row.getDate("ends_on").toLocalDate();
        long id = row.getLong("id");
        ids.add(id);
        tallies.computeIfAbsent(new Key(row.getLong("indicator_id"), endsOn.getYear()), key -> new YearTally())
                .add(id, endsOn, row.getBigDecimal("total"), row.getBigDecimal("numerator"), row.getBigDecimal("denominator"));
    }

    /** The rows of these indicators and years, created when missing and locked until the transaction ends. */
    private Map<Key, YearTally> lock(long planId, Set<Key> keys) {
        var indicators = keys.stream().map(Key::indicatorId).distinct().toList();
        insertMissing(planId, missing(keys, rows("indicator_id in (:indicators)", "indicators", indicators, false)));
        var rows = rows("indicator_id in (:indicators)", "indicators", indicators, true);
        var missing = missing(keys, rows);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("indicator totals could not be created: " + missing);
        }
        return rows;
    }

    /** The rows that meet {@code condition} (one named parameter), locked until the transaction ends if asked. */
    private Map<Key, YearTally> rows(String condition, String name, Object value, boolean forUpdate) {
        var rows = new TreeMap<Key, YearTally>();
        jdbc.sql("""
                        select indicator_id, yr, values_count, total_sum, numerator_sum, numerator_count, denominator_sum,
                               denominator_count, last_ends_on, last_value_id, last_total
                        from indicator_year_total where\s""" + condition + " order by indicator_id, yr"
                        + (forUpdate ? " for update" : ""))
                .param(name, value)
                .query(row -> {
                    var tally = new YearTally();
                    tally.count = row.getInt("values_count");
                    tally.sum = row.getBigDecimal("total_sum");
                    tally.numerators = row.getInt("numerator_count");
                    tally.numeratorSum = orZero(row.getBigDecimal("numerator_sum"));
                    tally.denominators = row.getInt("denominator_count");
                    tally.denominatorSum = orZero(row.getBigDecimal("denominator_sum"));
                    var lastEndsOn = row.getDate("last_ends_on");
                    tally.lastAmong(lastEndsOn == null ? null : lastEndsOn.toLocalDate(),
                            row.getObject("last_value_id") == null ? null : row.getLong("last_value_id"),
                            row.getBigDecimal("last_total"));
                    rows.put(new Key(row.getLong("indicator_id"), row.getInt("yr")), tally);
                });
        return rows;
    }

    private static List<Key> missing(Set<Key> keys, Map<Key, YearTally> rows) {
        return keys.stream().filter(key -> !rows.containsKey(key)).toList();
    }

    /**
     * Creates empty rows. Another acceptance may be creating some of them at the same moment: then the insert fails
     * once that one commits, only back to a savepoint, and the rows are there to lock.
     */
    private void insertMissing(long planId, Collection<Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            savepoint.executeWithoutResult(status -> batch.batchUpdate("""
                            insert into indicator_year_total (indicator_id, yr, plan_id, values_count, total_sum,
                                numerator_count, denominator_count) values (?, ?, ?, 0, 0, 0, 0)""",
                    keys.stream().map(key -> new Object[] {key.indicatorId(), key.year(), planId}).toList()));
        } catch (DataIntegrityViolationException createdMeanwhile) {
            var indicators = keys.stream().map(Key::indicatorId).distinct().toList();
            var still = missing(Set.copyOf(keys), rows("indicator_id in (:indicators)", "indicators", indicators, false));
            if (!still.isEmpty() && still.size() < keys.size()) {
                insertMissing(planId, still);
            }
        }
    }

    /** The latest of the values still counted, for the rows whose latest value was taken away. */
    private void findLast(List<Key> keys, Map<Key, YearTally> rows) {
        if (keys.isEmpty()) {
            return;
        }
        int from = keys.stream().mapToInt(Key::year).min().orElseThrow();
        int to = keys.stream().mapToInt(Key::year).max().orElseThrow();
        var wanted = Set.copyOf(keys);
        var found = new HashMap<Key, Object[]>();
        jdbc.sql("""
                        select v.id, v.indicator_id, v.ends_on, v.total
                        from report_value v join progress_report r on r.id = v.report_id
                        where v.indicator_id in (:indicators) and v.ends_on between :from and :to
                          and r.status = 'ACCEPTED' and v.total is not null""")
                .param("indicators", keys.stream().map(Key::indicatorId).distinct().toList())
                .param("from", Date.valueOf(LocalDate.of(from, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(to, 12, 31)))
                .query(row -> {
                    var endsOn = row.getDate("ends_on").toLocalDate();
                    var key = new Key(row.getLong("indicator_id"), endsOn.getYear());
                    if (!wanted.contains(key)) {
                        return;
                    }
                    long id = row.getLong("id");
                    var best = found.get(key);
                    if (best == null || endsOn.isAfter((LocalDate) best[0])
                            || endsOn.isEqual((LocalDate) best[0]) && id > (Long) best[1]) {
                        found.put(key, new Object[] {endsOn, id, row.getBigDecimal("total")});
                    }
                });
        for (var key : keys) {
            var best = found.get(key);
            if (best == null) {
                rows.get(key).lastAmong(null, null, null);
            } else {
                rows.get(key).lastAmong((LocalDate) best[0], (Long) best[1], (BigDecimal) best[2]);
            }
        }
    }

    private void write(Map<Key, YearTally> rows, Set<Key> keys) {
        var updates = new ArrayList<Object[]>();
        for (var key : keys) {
            var tally = rows.get(key);
            updates.add(new Object[] {tally.count, tally.sum, tally.numerators == 0 ? null : tally.numeratorSum,
                    tally.numerators, tally.denominators == 0 ? null : tally.denominatorSum, tally.denominators,
                    tally.lastEndsOn == null ? null : Date.valueOf(tally.lastEndsOn), tally.lastValueId, tally.lastTotal,
                    key.indicatorId(), key.year()});
        }
        // one round trip for a report of a thousand indicators; the types say what a null is (PostgreSQL asks)
        batch.batchUpdate("""
                        update indicator_year_total set values_count = ?, total_sum = ?, numerator_sum = ?,
                            numerator_count = ?, denominator_sum = ?, denominator_count = ?, last_ends_on = ?,
                            last_value_id = ?, last_total = ?
                        where indicator_id = ? and yr = ?""", updates, UPDATE_TYPES);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
