package org.ariadne.dashboards;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.HandWrittenProgress;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A national plan of 400 activities and 1,200 indicators with about a million accepted values, and how long each
 * dashboard page takes on the server. A benchmark, not a test: it asserts nothing about time. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=DashboardBenchmark} (add ARIADNE_TEST_DB_URL to measure on PostgreSQL).
 * The reported values are written straight into the tables, as a million values through the forms would take hours.
 */
@Tag("benchmark")
@AriadneIntegrationTest
// bundles named in the configuration but not merged yet would log a warning at every message looked up
@org.springframework.test.context.TestPropertySource(properties = "logging.level.org.springframework.context.support=error")
class DashboardBenchmark {

    static final int STRATEGIC = 8;
    static final int SPECIFIC_PER_STRATEGIC = 10;
    static final int ACTIVITIES_PER_SPECIFIC = 5;
    static final int INDICATORS_PER_ACTIVITY = 3;
    static final int INSTITUTIONS = 40;

    /** The most heap still in use after any collection since the last {@link #heap}: what the work needed, without garbage. */
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();

    static {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                                .getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(pool -> heapPools.contains(pool.getKey()))
                                .mapToLong(pool -> pool.getValue().getUsed()).sum();
                        PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    @Autowired
    LargePlans largePlans;
    @Autowired
    Plans plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.ariadne.reporting.ReportedValues reported;
    @Autowired
    org.ariadne.progress.PlanProgress progress;
    @Autowired
    DashboardCharts dashboards;
    @Autowired
    ProgressSnapshots snapshots;
    @Autowired
    org.ariadne.reporting.AcceptedValueTotals totals;
    @Autowired
    org.ariadne.victimdata.VictimRegister register;
    @Autowired
    org.ariadne.victimdata.RegisterIndicators registerIndicators;
    @Autowired
    org.ariadne.institutions.Institutions institutionDirectory;

    @Test
    void dashboardsOfALargePlan() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long started = System.nanoTime();
        var plan = largePlans.build(LargePlan.Shape.national()
                .institutions(INSTITUTIONS, Unique.name("Benchmark institution"))
                .objectives(STRATEGIC, SPECIFIC_PER_STRATEGIC).activities(ACTIVITIES_PER_SPECIFIC, INDICATORS_PER_ACTIVITY)
                .years(2021, 2025, 2023).titled("Activity %d")
                .indicators((activity, i, lead) -> anIndicator("Indicator " + i + " of activity " + activity)
                        .baseline("0", 2020, null).target(activity % 5 == 0 ? "0" : "500", 2025)
                        .by(i == 1 ? EnumSet.of(Disaggregation.SEX, Disaggregation.AGE_GROUP)
                                : EnumSet.noneOf(Disaggregation.class))), Unique.name("Benchmark plan"));
        long planId = plan.id();
        var ids = plan.institutions();
        var indicators = plan.indicators();
        int number = plan.activities().size();
        long values = writeAcceptedValues(planId, ids, indicators);
        totals.recount(planId);
        System.out.println();
        System.out.printf(Locale.ROOT, "== Ariadne dashboards benchmark: %d activities, %d indicators, %,d accepted values;"
                        + " built in %d s on %s ==%n", number, indicators.size(), values, (System.nanoTime() - started) / 1_000_000_000,
                System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory"));
        heap("building the plan and its values");

        TestSignIn.onThisThread(Role.MEMBER);
        timed("read the plan tree (service)", 10, () -> plans.tree(planId));
        timed("values added up per indicator and year (service)", 10, () -> reported.yearly(planId, false));
        timed("plan progress (service)", 10, () -> progress.overview(planId, 2023, false));
        timed("plan dashboard (service)", 10, () -> dashboards.plan(planId, DashboardFilter.year(2023), Locale.ENGLISH));
        var member = TestSignIn.as(Role.MEMBER);
        var officer = TestSignIn.as(Role.ME_OFFICER);
        double cached = timed("plan overview page", 10, () -> page(member, "/plans/" + planId + "/dashboard?year=2023"));
        timed("plan overview, one institution", 10, member, "/plans/" + planId + "/dashboard?year=2023&institution=" + ids.get(3));
        timed("indicator page", 10, member, "/indicators/" + indicators.get(0) + "/dashboard?year=2023");
        timed("institution page (with record)", 10, officer, "/plans/" + planId + "/institutions/" + ids.get(3) + "/dashboard?year=2023");
        timed("budget page", 10, member, "/plans/" + planId + "/budget?year=2023");
        timed("overview CSV download", 10, member, "/plans/" + planId + "/dashboard?year=2023&download=csv&chart=statuses");
        double cold = timed("plan overview page, first view after a report was accepted", 5, () -> {
            snapshots.changed(planId);
            page(member, "/plans/" + planId + "/dashboard?year=2023");
        });
        TestSignIn.onThisThread(Role.MEMBER);
        HandWrittenProgress.check(HandWrittenProgress.figures(jdbc, planId, 2023),
                HandWrittenProgress.figures(reported.yearly(planId, 2023, false)));
        double sql = timed("hand-written SQL of the same figures (checked equal)", 10,
                () -> HandWrittenProgress.figures(jdbc, planId, 2023));
        HandWrittenProgress.printRatios(sql, cold, cached);
        heap("the dashboard runs");

        // the same indicator taken from the victim register: a member's figures follow the year's protected statistics
        linkToTheRegister(indicators.get(0));
        timed("indicator page, the indicator linked to the register (300 cases)", 10, member,
                "/indicators/" + indicators.get(0) + "/dashboard?year=2023");
        timed("plan overview page, that indicator linked", 10, member, "/plans/" + planId + "/dashboard?year=2023");
    }

    /** Registers 300 cases over the plan's years and links the indicator to the register's identified persons. */
    private void linkToTheRegister(long indicatorId) {
        var cases = new org.ariadne.victimdata.StatisticsCases(register, institutionDirectory);
        var random = new java.util.Random(300);
        for (int i = 0; i < 300; i++) {
            cases.register(i % 2 == 0 ? cases.police : cases.shelter, java.time.LocalDate.of(2021 + i % 5, 1 + i % 12,
                    1 + i % 28), i % 4 == 0 ? org.ariadne.victimdata.CaseStatus.PRESUMED
                    : org.ariadne.victimdata.CaseStatus.IDENTIFIED, random.nextBoolean()
                    ? org.ariadne.victimdata.linkage.Sex.FEMALE : org.ariadne.victimdata.linkage.Sex.MALE,
                    5 + random.nextInt(50), "al");
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        registerIndicators.link(new org.ariadne.victimdata.RegisterIndicatorCommand(indicatorId,
                org.ariadne.victimdata.RegisterMeasure.IDENTIFIED, true, true));
        TestSignIn.clear();
    }

    /**
     * Peak heap since the last call: the sum of each heap pool's peak (an upper bound, garbage included, so it grows
     * towards the maximum heap) and the most in use after a collection; then the heap still in use after a full
     * collection. On H2 in memory the database itself lives in this heap.
     */
    private static void heap(String during) {
        var pools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long peakAfterGc = PEAK_AFTER_GC.getAndSet(0);
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        PEAK_AFTER_GC.set(0);
        System.out.printf(Locale.ROOT, "  heap during %s: peak %d MiB, %d MiB after a collection; %d MiB in use after a"
                + " full GC (max heap %d MiB)%n", during, peak >> 20, peakAfterGc >> 20, memory.getUsed() >> 20, memory.getMax() >> 20);
    }

    /** One accepted report per institution and period, holding a value of every indicator: about a million. */
    private long writeAcceptedValues(long planId, List<Long> institutions, List<Long> indicators) {
        var periods = jdbc.queryForList("select id, starts_on, ends_on from reporting_period where plan_id = ? order by starts_on",
                planId);
        var now = Timestamp.valueOf(LocalDateTime.now());
        long count = 0;
        for (var period : periods) {
            for (var institution : institutions) {
                jdbc.update("""
                        insert into progress_report (plan_id, period_id, institution_id, status, first_submitted_at,
                            submitted_at, accepted_at, created_at, updated_at)
                        values (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)""", planId, period.get("id"), institution, now, now, now,
                        now, now);
                long report = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                        Long.class, period.get("id"), institution);
                var rows = new ArrayList<Object[]>();
                for (var indicator : indicators) {
                    rows.add(new Object[] {report, indicator, period.get("starts_on"), period.get("ends_on"),
                            BigDecimal.valueOf((indicator + institution) % 17)});
                }
                jdbc.batchUpdate("insert into report_value (report_id, indicator_id, starts_on, ends_on, total) values (?, ?, ?, ?, ?)",
                        rows);
                count += rows.size();
            }
        }
        // parts for the first indicator of every activity in one institution's reports, as a breakdown would have
        jdbc.update("""
                insert into report_value_part (report_value_id, part_key, amount)
                select v.id, 'SEX=FEMALE|AGE_GROUP=ADULT', v.total from report_value v
                join progress_report r on r.id = v.report_id where r.plan_id = ? and r.institution_id = ?""",
                planId, institutions.get(0));
        return count;
    }

    private void timed(String what, int runs, RequestPostProcessor who, String path) {
        timed(what, runs, () -> page(who, path));
    }

    private static double timed(String what, int runs, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "  %s: median %.0f ms, slowest %.0f ms (%d runs)%n", what, times[runs / 2] / 1e6,
                times[runs - 1] / 1e6, runs);
        return times[runs / 2] / 1e6;
    }

    private void page(RequestPostProcessor who, String path) {
        try {
            mvc.perform(get(path).with(who)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
