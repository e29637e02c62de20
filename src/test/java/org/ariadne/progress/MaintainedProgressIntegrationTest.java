package org.ariadne.progress;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import org.ariadne.common.CacheSettings;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Direction;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.ariadne.plan.YearTargetCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.reporting.ReportedValues.YearValue;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress the dashboards show after every acceptance and reopening is what adding up every accepted value again
 * gives: random plans (numbers, rates, yes/no; sums, latest values, averages; year targets or final ones), random
 * values (several per period, some without a total, rates with their parts) and a random sequence of acceptances,
 * reopenings and corrections, compared after each step with the full recomputation the application used to do
 * (the two queries below, kept here as the reference). The seed is printed with any difference; run one again with
 * {@code -Dprogress.seed=<seed>}.
 */
@AriadneIntegrationTest
class MaintainedProgressIntegrationTest {

    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportedValues reported;
    @Autowired
    PlanProgress progress;
    @Autowired
    Plans plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CacheManager caches;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void maintainedTotalsGiveTheFiguresOfAFullRecomputation() {
        var fixed = Long.getLong("progress.seed");
        var seeds = fixed != null ? List.of(fixed) : List.of(System.nanoTime(), System.nanoTime() + 1, System.nanoTime() + 2);
        for (long seed : seeds) {
            try {
                run(new Random(seed), seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("with -Dprogress.seed=" + seed + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * An upgraded database starts from the totals V26 adds up from the values accepted before it: after a random
     * history, every total is dropped and added up again by the migration's own statements, and the figures are those
     * of the full recomputation (all in a transaction that is rolled back, so the other tests' totals stay).
     */
    @Test
    void theUpgradeAddsUpTheValuesAcceptedBefore() throws Exception {
        long seed = Long.getLong("progress.seed", System.nanoTime());
        long planId = run(new Random(seed), seed);
        var migration = new String(getClass().getResourceAsStream(
                "/db/migration/V26__reporting_create_indicator_year_totals.sql").readAllBytes(), StandardCharsets.UTF_8);
        var backfill = Arrays.stream(migration.replaceAll("(?m)^\\s*--.*$", "").split(";")).map(String::strip)
                .filter(sql -> sql.startsWith("insert") || sql.startsWith("update")).toList();
        assertThat(backfill).hasSize(3);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.update("delete from indicator_year_total");
            backfill.forEach(jdbc::update);
            try {
                compare(planId, LocalDate.now().getYear(), "after the upgrade's backfill (seed " + seed + ")");
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private long run(Random random, long seed) {
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        var reporters = new ArrayList<Long>();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            reporters.add(kit.institution("Reporter", InstitutionType.OTHER));
        }
        var builder = aPlan().named("Maintained progress " + seed).running(year - 2, year)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION).withSpecificObjective("SO 1.1", "One");
        int activities = 2 + random.nextInt(3);
        for (int a = 1; a <= activities; a++) {
            builder.withActivity(anActivity("A1.1." + a, "Activity " + a).ledBy(reporters.get(a % reporters.size())));
        }
        var plan = kit.build(builder);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var indicators = new ArrayList<Long>();
        for (int a = 1; a <= activities; a++) {
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                indicators.add(editing.addIndicator(IndicatorOwner.activity(plan.element("A1.1." + a)),
                        indicator(random, "Indicator " + a + "." + i, year)));
            }
        }
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var periods = jdbc.queryForList("select id, starts_on, ends_on from reporting_period where plan_id = ?"
                + " and ends_on < ? order by starts_on", plan.id(), Date.valueOf(LocalDate.now()));
        // every report submitted with random values; values are written straight in, as the forms would be slow
        var submitted = new ArrayList<long[]>();
        var now = Timestamp.valueOf(LocalDateTime.now());
        for (var period : periods) {
            for (var institution : reporters) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                long periodId = ((Number) period.get("id")).longValue();
                jdbc.update("delete from progress_report where period_id = ? and institution_id = ?", periodId, institution);
                jdbc.update("""
                        insert into progress_report (plan_id, period_id, institution_id, status, first_submitted_at,
                            submitted_at, created_at, updated_at) values (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?)""",
                        plan.id(), periodId, institution, now, now, now, now);
                long reportId = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                        Long.class, periodId, institution);
                writeValues(random, reportId, indicators, ((Date) period.get("starts_on")).toLocalDate());
                submitted.add(new long[] {periodId, institution, reportId});
            }
        }
        var accepted = new ArrayList<long[]>();
        var reopened = new ArrayList<long[]>();
        int steps = 30 + random.nextInt(20);
        for (int step = 0; step < steps; step++) {
            int choice = random.nextInt(10);
            if (choice < 6 && !submitted.isEmpty()) {
                var report = submitted.remove(random.nextInt(submitted.size()));
                reports.accept(report[0], report[1], version(report[2]));
                accepted.add(report);
            } else if (choice < 8 && !accepted.isEmpty()) {
                var report = accepted.remove(random.nextInt(accepted.size()));
                reports.reopen(report[0], report[1], version(report[2]), "A correction, step " + step);
                reopened.add(report);
            } else if (!reopened.isEmpty()) {
                // the institution corrects the report (some values change, some go, some come) and submits it again
                var report = reopened.remove(random.nextInt(reopened.size()));
                correct(random, report[2], indicators);
                jdbc.update("update progress_report set status = 'SUBMITTED', version = version + 1 where id = ?", report[2]);
                submitted.add(report);
            }
            if (step % 7 == 6 || step == steps - 1) {
                compare(plan.id(), year, "after step " + step);
            }
        }
        return plan.id();
    }

    private IndicatorCommand indicator(Random random, String name, int year) {
        var type = switch (random.nextInt(4)) {
            case 0 -> IndicatorType.PERCENTAGE;
            case 1 -> IndicatorType.YES_NO;
            default -> IndicatorType.NUMBER;
        };
        var direction = type == IndicatorType.YES_NO ? Direction.INCREASE
                : Direction.values()[random.nextInt(Direction.values().length)];
        var aggregation = random.nextInt(3) == 0 ? null : Aggregation.values()[random.nextInt(3)];
        boolean yesNo = type == IndicatorType.YES_NO;
        BigDecimal baseline = random.nextInt(6) == 0 ? null : BigDecimal.valueOf(yesNo ? 0 : random.nextInt(20));
        BigDecimal target = type == IndicatorType.YES_NO ? BigDecimal.ONE
                : random.nextInt(8) == 0 ? null : BigDecimal.valueOf(random.nextInt(60));
        var yearTargets = new ArrayList<YearTargetCommand>();
        if (random.nextBoolean()) {
            yearTargets.add(new YearTargetCommand(year - 1 - random.nextInt(2),
                    BigDecimal.valueOf(yesNo ? 1 : 1 + random.nextInt(40))));
        }
        return new IndicatorCommand(name, ResultLevel.OUTPUT, type, null, direction,
                type == IndicatorType.PERCENTAGE ? "cases" : null, type == IndicatorType.PERCENTAGE ? "all" : null, null,
                null, baseline, null, null, target, target == null ? null : year, yearTargets, java.util.Set.of(), null,
                null, org.ariadne.plan.Frequency.QUARTERLY, null, aggregation);
    }

    /** One to three values of some indicators in the period, with random totals; rates get numerator and denominator. */
    private void writeValues(Random random, long reportId, List<Long> indicators, LocalDate periodStart) {
        for (long indicator : indicators) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            int months = 1 + random.nextInt(3);
            for (int m = 0; m < months; m++) {
                var startsOn = periodStart.plusMonths(m);
                jdbc.update("""
                        insert into report_value (report_id, indicator_id, starts_on, ends_on, total, numerator, denominator)
                        values (?, ?, ?, ?, ?, ?, ?)""", reportId, indicator, Date.valueOf(startsOn),
                        Date.valueOf(months == 1 ? periodStart.plusMonths(3).minusDays(1) : startsOn.plusMonths(1).minusDays(1)),
                        random.nextInt(8) == 0 ? null : amount(random), random.nextBoolean() ? amount(random) : null,
                        random.nextBoolean() ? amount(random).add(BigDecimal.ONE) : null);
            }
        }
    }

    private void correct(Random random, long reportId, List<Long> indicators) {
        var values = jdbc.queryForList("select id from report_value where report_id = ?", Long.class, reportId);
        for (long id : values) {
            switch (random.nextInt(4)) {
                case 0 -> jdbc.update("update report_value set total = ?, numerator = ? where id = ?", amount(random),
                        amount(random), id);
                case 1 -> jdbc.update("delete from report_value where id = ?", id);
                default -> {
                }
            }
        }
        if (random.nextBoolean()) {
            var start = jdbc.queryForObject("select p.starts_on from reporting_period p join progress_report r"
                    + " on r.period_id = p.id where r.id = ?", Date.class, reportId).toLocalDate();
            var missing = jdbc.queryForList("select id from indicator where id in (" + String.join(",",
                    indicators.stream().map(String::valueOf).toList()) + ") and id not in (select indicator_id from report_value"
                    + " where report_id = ?)", Long.class, reportId);
            writeValues(random, reportId, missing, start);
        }
    }

    private static BigDecimal amount(Random random) {
        return BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(5));
    }

    private int version(long reportId) {
        return jdbc.queryForObject("select version from progress_report where id = ?", Integer.class, reportId);
    }

    /** Every year of the plan, counting submitted values or not: the same figures, value by value and element by element. */
    private void compare(long planId, int lastYear, String when) {
        caches.getCache(CacheSettings.PLAN_TREES).evict(planId);
        var tree = plans.tree(planId);
        for (int year = lastYear - 2; year <= lastYear; year++) {
            for (boolean includeSubmitted : List.of(false, true)) {
                int through = year;
                var expected = recomputed(planId, includeSubmitted).stream().filter(v -> v.year() <= through).toList();
                var actual = reported.yearly(planId, year, includeSubmitted);
                assertThat(comparable(actual)).as("values added up through %d (submitted counted: %s) %s", year,
                        includeSubmitted, when).isEqualTo(comparable(expected));
                assertThat(figures(progress.overview(planId, year, includeSubmitted)))
                        .as("progress of %d (submitted counted: %s) %s", year, includeSubmitted, when)
                        .isEqualTo(figures(PlanProgress.overview(tree, year, includeSubmitted, expected)));
            }
        }
    }

    private static List<String> comparable(List<YearValue> values) {
        var lines = new ArrayList<String>();
        for (var v : values) {
            lines.add(v.indicatorId() + "@" + v.year() + ": sum " + plain(v.sum()) + ", average "
                    + plain(v.average() == null ? null : v.average().setScale(4, java.math.RoundingMode.HALF_UP)) + ", last "
                    + plain(v.last()) + ", numerator " + plain(v.numerator()) + ", denominator " + plain(v.denominator())
                    + ", count " + v.count());
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> figures(ProgressOverview overview) {
        var lines = new ArrayList<String>();
        lines.add("plan " + achievement(overview.achievement()));
        overview.strategic().forEach(so -> {
            lines.add(so.objective().code() + " " + achievement(so.achievement()));
            so.specific().forEach(sp -> lines.add(sp.objective().code() + " " + achievement(sp.achievement())));
        });
        overview.activities().forEach(a -> lines.add(a.activity().code() + " " + achievement(a.achievement())));
        overview.indicators().forEach(i -> lines.add(i.indicator().id() + " " + plain(i.value()) + " of " + plain(i.target())
                + " " + i.basis() + " " + achievement(i.achievement())));
        return lines;
    }

    private static String achievement(Achievement achievement) {
        return achievement.kind() + " " + plain(achievement.percent()) + " " + achievement.reasonKey();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    /** The full recomputation over every value, as the application did before the totals were kept. */
    private List<YearValue> recomputed(long planId, boolean includeSubmitted) {
        var statuses = includeSubmitted ? "'ACCEPTED', 'SUBMITTED'" : "'ACCEPTED'";
        var last = new HashMap<String, BigDecimal>();
        jdbc.query("""
                        select indicator_id, yr, total from (
                            select v.indicator_id, extract(year from v.ends_on) as yr, v.total,
                                   row_number() over (partition by v.indicator_id, extract(year from v.ends_on)
                                                      order by v.ends_on desc, v.id desc) as latest
                            from report_value v join progress_report r on r.id = v.report_id
                            where r.plan_id = ? and r.status in (%s) and v.total is not null) ranked
                        where latest = 1""".formatted(statuses),
                row -> {
                    last.put(row.getLong("indicator_id") + "@" + row.getInt("yr"), row.getBigDecimal("total"));
                }, planId);
        return jdbc.query("""
                        select v.indicator_id, extract(year from v.ends_on) as yr, sum(v.total) as total_sum,
                               avg(v.total) as total_avg, sum(v.numerator) as numerator_sum,
                               sum(v.denominator) as denominator_sum, count(*) as values_count
                        from report_value v join progress_report r on r.id = v.report_id
                        where r.plan_id = ? and r.status in (%s) and v.total is not null
                        group by v.indicator_id, extract(year from v.ends_on)
                        order by v.indicator_id, yr""".formatted(statuses),
                (row, index) -> new YearValue(row.getLong("indicator_id"), row.getInt("yr"),
                        row.getBigDecimal("total_sum"), row.getBigDecimal("total_avg"),
                        last.get(row.getLong("indicator_id") + "@" + row.getInt("yr")), row.getBigDecimal("numerator_sum"),
                        row.getBigDecimal("denominator_sum"), row.getInt("values_count")), planId);
    }
}
