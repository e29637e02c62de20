package org.ariadne.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.AcceptedValueTotals;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.HandWrittenProgress;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4's benchmark: a national plan with five years of quarterly data from 80 institutions (400 activities, 1,200
 * indicators, about a million disaggregated values), then the dashboards' server time, the indicator detail, the
 * annual report's DOCX and PDF, and the peak heap. {@code -Dariadne.benchmark.scale=10} does the same with ten times
 * the activities, indicators and values, to show how the cost grows. A benchmark, not a test: it asserts nothing.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=YearEndBenchmark [-Dariadne.benchmark.scale=10]</pre>
 *
 * Measure on PostgreSQL (ARIADNE_TEST_DB_URL): the embedded H2 keeps its tables in the same heap. Each institution
 * reports the indicators of the activities it leads or supports, every quarter, split by sex, age group and form of
 * exploitation (24 parts); the values are written straight into the tables, as the forms would take days.
 */
@Tag("benchmark")
@AriadneIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "logging.level.org.springframework.context.support=error")
class YearEndBenchmark {

    static final int INSTITUTIONS = 80;
    static final int STRATEGIC = 8;
    static final int SPECIFIC_PER_STRATEGIC = 10;
    static final int ACTIVITIES_PER_SPECIFIC = 5;
    static final int INDICATORS_PER_ACTIVITY = 3;
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;
    static final int YEAR = 2024;
    static final List<String> PARTS = parts();

    @Autowired
    PlanEditing editing;
    @Autowired
    ReviewEditing review;
    @Autowired
    LargePlans largePlans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ReportContents contents;
    @Autowired
    ReportSources sources;
    @Autowired
    AcceptedValueTotals totals;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportedValues reported;

    @Test
    void yearEndOfANationalPlan() throws Exception {
        int scale = Integer.getInteger("ariadne.benchmark.scale", 1);
        long started = System.nanoTime();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var plan = plan(scale);
        long values = writeValues(plan);
        totals.recount(plan.id());
        System.out.println();
        System.out.printf(Locale.ROOT, "== Ariadne year-end benchmark (scale %d): %,d institutions, %,d activities, %,d indicators,"
                        + " %,d values (%,d totals with %d parts each); built in %d s on %s ==%n", scale, INSTITUTIONS,
                plan.activities().size(), plan.indicators().size(), values, values / (PARTS.size() + 1), PARTS.size(),
                (System.nanoTime() - started) / 1_000_000_000,
                System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory"));
        System.out.printf(Locale.ROOT, "  heap: max %,d MB; in use after set-up and a full GC %,d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, usedAfterGc() >> 20);

        var member = TestSignIn.as(Role.MEMBER);
        resetPeaks();
        double cached = median("plan dashboard page", 10, () -> page(member, "/plans/" + plan.id() + "/dashboard?year=" + YEAR));
        timed("plan dashboard page, one thematic area", 10,
                () -> page(member, "/plans/" + plan.id() + "/dashboard?year=" + YEAR + "&area=PROTECTION"));
        timed("indicator detail page (with breakdowns)", 10,
                () -> page(member, "/indicators/" + plan.indicators().get(0) + "/dashboard?year=" + YEAR));
        timed("budget page", 10, () -> page(member, "/plans/" + plan.id() + "/budget?year=" + YEAR));
        System.out.printf(Locale.ROOT, "  peak heap during the dashboards: %,d MB%n", peakHeap() >> 20);
        double cold = afterAcceptance(plan, member, 5);
        TestSignIn.onThisThread(Role.MEMBER);
        HandWrittenProgress.check(HandWrittenProgress.figures(jdbc, plan.id(), YEAR),
                HandWrittenProgress.figures(reported.yearly(plan.id(), YEAR, false)));
        double sql = median("hand-written SQL of the same figures (checked equal)", 10,
                () -> HandWrittenProgress.figures(jdbc, plan.id(), YEAR));
        HandWrittenProgress.printRatios(sql, cold, cached);

        reports(plan.id());
    }

    /** The annual report of the plan (and its annex, when the plan is large enough for one), with the heap's peak. */
    private void reports(long planId) throws java.io.IOException {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var request = DocumentRequest.annual(YEAR, Locale.ENGLISH);
        System.out.printf(Locale.ROOT, "  load average before the reports: %s", loadAverage());
        if (Boolean.getBoolean("ariadne.benchmark.one-document")) {
            // the report as one document whatever the plan's size, as it was before issue 11 (what a plan within the
            // annex limits gets): to compare in the same run, on the same machine at the same load
            resetPeaks();
            var whole = timed("annual report as one document: data, progress and charts", 1,
                    () -> new PlanReportBuild(sources, planId, request, LocalDate.of(YEAR + 1, 1, 20))
                            .content("Annual implementation report " + YEAR));
            var wholeDocx = timed("annual report as one document: DOCX", 1, () -> DocxReport.write(whole));
            var wholePdf = timed("annual report as one document: PDF", 1, () -> PdfReport.write(whole));
            System.out.printf(Locale.ROOT, "  as one document: DOCX %,d KB, PDF %,d KB, %d pages; peak heap: %,d MB%n",
                    wholeDocx.length >> 10, wholePdf.length >> 10, pages(wholePdf), peakHeap() >> 20);
        }
        resetPeaks();
        var built = timed("annual report: data, progress and charts", 3,
                () -> contents.buildWithAnnex(planId, request, "Annual implementation report " + YEAR,
                        LocalDate.of(YEAR + 1, 1, 20)));
        var docx = timed("annual report: DOCX", 3, () -> DocxReport.write(built.report()));
        var pdf = timed("annual report: PDF", 3, () -> PdfReport.write(built.report()));
        System.out.printf(Locale.ROOT, "  annual report: DOCX %,d KB, PDF %,d KB, %d pages (weight %,d: in parts above %,d); peak heap while generating: %,d MB%n",
                docx.length >> 10, pdf.length >> 10, pages(pdf), PdfParts.weight(built.report()),
                PdfParts.IN_PARTS_ABOVE, peakHeap() >> 20);
        if (built.annex() != null) {
            // issue 11: the detail per activity and indicator, made after the report is offered
            resetPeaks();
            var annexDocx = timed("annual report's annex: DOCX", 3, () -> DocxReport.write(built.annex()));
            var annexPdf = timed("annual report's annex: PDF", 3, () -> PdfReport.write(built.annex()));
            System.out.printf(Locale.ROOT, "  annex: DOCX %,d KB, PDF %,d KB, %d pages (weight %,d: in parts above %,d, tagged up to %,d); peak heap while generating: %,d MB%n",
                    annexDocx.length >> 10, annexPdf.length >> 10, pages(annexPdf), PdfParts.weight(built.annex()),
                    PdfParts.IN_PARTS_ABOVE, PdfParts.TAGGED_UP_TO, peakHeap() >> 20);
        }
        System.out.printf(Locale.ROOT, "  load average after the reports: %s", loadAverage());
        TestSignIn.clear();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"));
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown\n";
        }
    }

    private static int pages(byte[] pdf) throws java.io.IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /**
     * A report corrected and accepted again, through the workflow, then the dashboard once what follows an acceptance
     * has run (the statuses reach the plan, the figures are dropped): the first view after an acceptance. Prints the
     * acceptance's own time too, and returns the page's median.
     */
    private double afterAcceptance(LargePlan plan, RequestPostProcessor member, int runs) {
        var accepted = jdbc.queryForList("select id, period_id, institution_id from progress_report where plan_id = ?"
                + " and status = 'ACCEPTED' order by id desc", plan.id());
        var accepting = new long[runs];
        var viewing = new long[runs];
        for (int i = 0; i <= runs; i++) {
            var report = accepted.get(i);
            long id = ((Number) report.get("id")).longValue();
            long period = ((Number) report.get("period_id")).longValue();
            long institution = ((Number) report.get("institution_id")).longValue();
            TestSignIn.onThisThread(Role.ME_OFFICER);
            reports.reopen(period, institution, version(id), "Benchmark: a correction");
            // submitted again as the institution would after correcting it (its values are not what is measured)
            jdbc.update("update progress_report set status = 'SUBMITTED', version = version + 1 where id = ?", id);
            long start = System.nanoTime();
            reports.accept(period, institution, version(id));
            long acceptance = System.nanoTime() - start;
            Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Long.class) == 0);
            start = System.nanoTime();
            page(member, "/plans/" + plan.id() + "/dashboard?year=" + YEAR);
            if (i > 0) {
                accepting[i - 1] = acceptance;
                viewing[i - 1] = System.nanoTime() - start;
            }
        }
        Arrays.sort(accepting);
        Arrays.sort(viewing);
        System.out.printf(Locale.ROOT, "  acceptance of a report (the plan's totals kept with it): median %,.0f ms, slowest"
                + " %,.0f ms (%d runs after a first one)%n", accepting[runs / 2] / 1e6, accepting[runs - 1] / 1e6, runs);
        System.out.printf(Locale.ROOT, "  plan dashboard page right after an acceptance: median %,.0f ms, slowest %,.0f ms"
                + " (%d runs after a first one)%n", viewing[runs / 2] / 1e6, viewing[runs - 1] / 1e6, runs);
        return viewing[runs / 2] / 1e6;
    }

    private int version(long reportId) {
        return jdbc.queryForObject("select version from progress_report where id = ?", Integer.class, reportId);
    }

    private static double median(String what, int runs, Runnable work) {
        work.run();
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "  %s: median %,.0f ms, slowest %,.0f ms (%d runs after a first one)%n", what,
                times[runs / 2] / 1e6, times[runs - 1] / 1e6, runs);
        return times[runs / 2] / 1e6;
    }

    /** The national plan of the benchmarks, with statuses and ratings for the half-year review. */
    private LargePlan plan(int scale) {
        var plan = largePlans.build(LargePlan.Shape.national().institutions(INSTITUTIONS, Unique.name("Institution"))
                .objectives(STRATEGIC, SPECIFIC_PER_STRATEGIC * scale)
                .activities(ACTIVITIES_PER_SPECIFIC, INDICATORS_PER_ACTIVITY).years(FIRST_YEAR, LAST_YEAR, YEAR),
                Unique.name("National plan"));
        for (var activity : plan.activities()) {
            int number = activity.number();
            editing.recordStatus(activity.id(), ActivityStatus.values()[number % 4]);
            if (number % 3 == 0) {
                review.rate(plan.id(), activity.id(), new HalfYear(YEAR, 2), null,
                        new RatingCommand(1 + (number / 3) % 3, "Rated in the benchmark"));
            }
        }
        return plan;
    }

    /** One accepted report per institution and quarter with a value, split in 24 parts, of each indicator it reports. */
    private long writeValues(LargePlan plan) {
        var periods = jdbc.queryForList("select id, starts_on, ends_on from reporting_period where plan_id = ?"
                + " order by starts_on", plan.id());
        var now = Timestamp.valueOf(LocalDateTime.now());
        long count = 0;
        for (var period : periods) {
            for (var reporter : plan.reporters().entrySet()) {
                jdbc.update("""
                        insert into progress_report (plan_id, period_id, institution_id, status, first_submitted_at,
                            submitted_at, accepted_at, created_at, updated_at)
                        values (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)""", plan.id(), period.get("id"), reporter.getKey(), now,
                        now, now, now, now);
                long report = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                        Long.class, period.get("id"), reporter.getKey());
                var totals = new ArrayList<Object[]>();
                for (var indicator : reporter.getValue()) {
                    totals.add(new Object[] {report, indicator, period.get("starts_on"), period.get("ends_on"),
                            BigDecimal.valueOf(PARTS.size() * (1 + (indicator + reporter.getKey()) % 5))});
                }
                jdbc.batchUpdate("insert into report_value (report_id, indicator_id, starts_on, ends_on, total)"
                        + " values (?, ?, ?, ?, ?)", totals);
                var parts = new ArrayList<Object[]>();
                for (var row : jdbc.queryForList("select id, total from report_value where report_id = ?", report)) {
                    var amount = ((BigDecimal) row.get("total")).divide(BigDecimal.valueOf(PARTS.size()));
                    for (var part : PARTS) {
                        parts.add(new Object[] {row.get("id"), part, amount});
                    }
                }
                jdbc.batchUpdate("insert into report_value_part (report_value_id, part_key, amount) values (?, ?, ?)",
                        parts);
                count += totals.size() + parts.size();
            }
        }
        return count;
    }

    private static List<String> parts() {
        var parts = new ArrayList<String>();
        for (var sex : List.of("FEMALE", "MALE")) {
            for (var age : List.of("UNDER_18", "ADULT")) {
                for (var form : List.of("SEXUAL", "LABOUR", "BEGGING", "CRIMINAL_ACTIVITIES", "FORCED_MARRIAGE", "OTHER")) {
                    parts.add("SEX=" + sex + "|AGE_GROUP=" + age + "|FORM_OF_EXPLOITATION=" + form);
                }
            }
        }
        return List.copyOf(parts);
    }

    private static <T> T timed(String what, int runs, Supplier<T> work) {
        T result = work.get();
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "  %s: median %,.0f ms, slowest %,.0f ms (%d runs after a first one)%n", what,
                times[runs / 2] / 1e6, times[runs - 1] / 1e6, runs);
        return result;
    }

    private static void timed(String what, int runs, Runnable work) {
        timed(what, runs, () -> {
            work.run();
            return null;
        });
    }

    private void page(RequestPostProcessor who, String path) {
        try {
            mvc.perform(get(path).with(who)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use at any one time. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long usedAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
