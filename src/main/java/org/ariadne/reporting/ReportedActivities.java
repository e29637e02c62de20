package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What institutions reported on activities, for reviews, dashboards and the annual report: each activity's entries
 * period by period (status, narrative, problems, evidence count), and money spent by source. Accepted reports only,
 * unless a reviewer or an evaluator asks to include submitted ones.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class ReportedActivities {

    private final JdbcClient jdbc;
    private final ReportingPeriods periods;

    ReportedActivities(JdbcClient jdbc, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    /** One activity in one period's report. */
    public record Entry(long activityId, long periodId, String periodLabel, LocalDate periodEnd, long institutionId,
            ReportStatus reportStatus, ActivityStatus status, String narrative, String problems, String reviewerComment,
            BigDecimal spent, int evidence) {
    }

    /** Money an activity's institution reported spending, per source and year. */
    public record Spending(long activityId, int year, FundingSourceKind kind, Long sourceInstitutionId, BigDecimal amount) {
    }

    /** Every reported entry of the plan's activities, oldest period first. */
    public List<Entry> entries(long planId, boolean includeSubmitted) {
        return entries(planId, includeSubmitted, LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * The reported entries of the periods that end between {@code from} and {@code to} (both included), oldest
     * period first: a year's report or a half-year's review reads its own periods, not the whole plan's.
     */
    public List<Entry> entries(long planId, boolean includeSubmitted, LocalDate from, LocalDate to) {
        // the periods are the reporting cycle's: read through its front door, not joined; their order is the list's
        var rank = new HashMap<Long, Integer>();
        var planPeriods = new HashMap<Long, PeriodView>();
        for (var period : periods.ofPlan(planId)) {
            if (!period.endsOn().isBefore(from) && !period.endsOn().isAfter(to)) {
                rank.put(period.id(), rank.size());
                planPeriods.put(period.id(), period);
            }
        }
        if (planPeriods.isEmpty()) {
            return List.of();
        }
        var statuses = statuses(includeSubmitted);
        var spent = new HashMap<Long, BigDecimal>();
        jdbc.sql("""
                        select s.report_activity_id, sum(s.amount) from report_spending s
                        join report_activity a on a.id = s.report_activity_id join progress_report r on r.id = a.report_id
                        where r.plan_id = :plan and r.period_id in (:periods) and r.status in (%s)
                        group by s.report_activity_id""".formatted(statuses))
                .param("plan", planId).param("periods", planPeriods.keySet())
                .query(row -> {
                    spent.put(row.getLong(1), row.getBigDecimal(2));
                });
        var evidence = new HashMap<String, Integer>();
        jdbc.sql("""
                        select e.report_id, e.activity_id, count(*) from report_evidence e
                        join progress_report r on r.id = e.report_id
                        where r.plan_id = :plan and r.period_id in (:periods) and r.status in (%s)
                        group by e.report_id, e.activity_id""".formatted(statuses))
                .param("plan", planId).param("periods", planPeriods.keySet())
                .query(row -> {
                    evidence.put(row.getLong(1) + "/" + row.getLong(2), row.getInt(3));
                });
        var result = new ArrayList<Entry>();
        jdbc.sql("""
                        select a.id, a.activity_id, a.report_id, a.status, a.narrative, a.problems, a.reviewer_comment,
                               r.period_id, r.institution_id, r.status as report_status
                        from report_activity a join progress_report r on r.id = a.report_id
                        where r.plan_id = :plan and r.period_id in (:periods) and r.status in (%s)""".formatted(statuses))
                .param("plan", planId).param("periods", planPeriods.keySet())
                .query(row -> {
                    var status = row.getString("status");
                    var period = planPeriods.get(row.getLong("period_id"));
                    result.add(new Entry(row.getLong("activity_id"), period.id(), period.label(),
                            period.endsOn(), row.getLong("institution_id"),
                            ReportStatus.valueOf(row.getString("report_status")),
                            status == null ? null : ActivityStatus.valueOf(status), row.getString("narrative"),
                            row.getString("problems"), row.getString("reviewer_comment"),
                            spent.getOrDefault(row.getLong("id"), BigDecimal.ZERO),
                            evidence.getOrDefault(row.getLong("report_id") + "/" + row.getLong("activity_id"), 0)));
                });
        result.sort(Comparator.comparingInt((Entry entry) -> rank.get(entry.periodId()))
                .thenComparingLong(Entry::activityId));
        return result;
    }

    /**
     * The years (of their periods' ends) in which the plan has counted reports: accepted ones, and submitted ones
     * too when asked. The dashboards open on the latest of them rather than on an empty year.
     */
    public SortedSet<Integer> yearsWithReports(long planId, boolean includeSubmitted) {
        var planPeriods = periodsOf(planId);
        var years = new TreeSet<Integer>();
        jdbc.sql("select distinct period_id from progress_report where plan_id = ? and status in (%s)"
                        .formatted(statuses(includeSubmitted)))
                .param(planId)
                .query(Long.class).list().stream().map(planPeriods::get).filter(Objects::nonNull)
                .forEach(period -> years.add(period.endsOn().getYear()));
        return years;
    }

    /** Money spent per activity, source and year (the year the reporting period ends in). */
    public List<Spending> spending(long planId, boolean includeSubmitted) {
        var planPeriods = periodsOf(planId);
        // summed per period here, then per year of the period's end, because the periods are the cycle's
        var byYear = new TreeMap<SpendingKey, BigDecimal>();
        jdbc.sql("""
                        select a.activity_id, r.period_id, s.source_kind, s.source_institution_id,
                               sum(s.amount) as amount
                        from report_spending s join report_activity a on a.id = s.report_activity_id
                        join progress_report r on r.id = a.report_id
                        where r.plan_id = ? and r.status in (%s)
                        group by a.activity_id, r.period_id, s.source_kind, s.source_institution_id"""
                        .formatted(statuses(includeSubmitted)))
                .param(planId)
                .query(row -> {
                    long source = row.getLong("source_institution_id");
                    var key = new SpendingKey(row.getLong("activity_id"),
                            planPeriods.get(row.getLong("period_id")).endsOn().getYear(),
                            FundingSourceKind.valueOf(row.getString("source_kind")), row.wasNull() ? null : source);
                    byYear.merge(key, row.getBigDecimal("amount"), BigDecimal::add);
                });
        return byYear.entrySet().stream().map(entry -> new Spending(entry.getKey().activityId(), entry.getKey().year(),
                entry.getKey().kind(), entry.getKey().sourceInstitutionId(), entry.getValue())).toList();
    }

    /** Spending's grouping, in the order the list is given: by activity, then year. */
    private record SpendingKey(long activityId, int year, FundingSourceKind kind, Long sourceInstitutionId)
            implements Comparable<SpendingKey> {

        private static final Comparator<SpendingKey> ORDER = Comparator.comparingLong(SpendingKey::activityId)
                .thenComparingInt(SpendingKey::year).thenComparing(SpendingKey::kind)
                .thenComparing(SpendingKey::sourceInstitutionId, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(SpendingKey other) {
            return ORDER.compare(this, other);
        }
    }

    private Map<Long, PeriodView> periodsOf(long planId) {
        return periods.ofPlan(planId).stream().collect(Collectors.toMap(PeriodView::id, Function.identity()));
    }

    private static String statuses(boolean includeSubmitted) {
        return ReportAccess.countedStatuses(includeSubmitted);
    }
}
