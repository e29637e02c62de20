package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generates a large national plan (400 activities, 1,200 indicators, 80 institutions) as a workbook and prints
 * how long the things people wait for take. A benchmark, not a test: it asserts nothing about time. Run it with
 * {@code ./mvnw -Pbenchmark test} (add ARIADNE_TEST_DB_URL to measure on PostgreSQL).
 */
@Tag("benchmark")
@AriadneIntegrationTest
class PlanBenchmark {

    static final int STRATEGIC = 8;
    static final int SPECIFIC_PER_STRATEGIC = 10;
    static final int ACTIVITIES_PER_SPECIFIC = 5;
    static final int INDICATORS_PER_ACTIVITY = 3;
    static final int INSTITUTIONS = 80;

    @Autowired
    PlanWorkbooks workbooks;
    @Autowired
    Plans plans;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.ariadne.quality.PlanQuality quality;

    @Test
    void largePlan() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var run = Long.toString(System.nanoTime() % 100_000, 36);
        var workbook = generate(run);
        var figures = new Figures();
        figures.add(String.format(Locale.ROOT, "workbook: %d rows, %,d bytes", workbook.rows, workbook.bytes.length));

        long start = System.nanoTime();
        var token = workbooks.upload(null, "Benchmark plan " + run, 2020, 2024, "benchmark.xlsx", workbook.bytes);
        var preview = workbooks.preview(token, Map.of());
        long previewed = System.nanoTime();
        if (!preview.canConfirm()) {
            throw new IllegalStateException("generated workbook has problems: " + preview.problems().subList(0,
                    Math.min(3, preview.problems().size())));
        }
        var outcome = workbooks.confirm(token, Map.of(), false);
        long confirmed = System.nanoTime();
        figures.add(String.format(Locale.ROOT, "import: upload + preview %d ms, confirm %d ms, total %d ms (%d elements, %d new institutions)",
                ms(previewed - start), ms(confirmed - previewed), ms(confirmed - start), outcome.added(),
                preview.unknownInstitutions().size()));
        long planId = outcome.planId();

        figures.add(timed("export XLSX", 5, () -> workbooks.exportXlsx(planId, Locale.ENGLISH)));
        figures.add(timed("export CSV", 5, () -> workbooks.exportCsv(planId, Locale.ENGLISH)));
        figures.add(timed("read plan tree", 20, () -> plans.tree(planId)));
        figures.add(timed("quality audit (service)", 20, () -> quality.audit(planId)));
        var officer = TestSignIn.as(Role.ME_OFFICER);
        figures.add(timed("matrix page (server)", 20, () -> page(officer, "/plans/" + planId + "/matrix")));
        figures.add(timed("plan tree page (server)", 20, () -> page(officer, "/plans/" + planId)));
        figures.add(timed("quality audit page (server)", 20, () -> page(officer, "/plans/" + planId + "/quality")));

        System.out.println();
    }

    /** Prints each figure as soon as it is measured, so a long run shows its progress. */
    private static final class Figures {

        Figures() {
            System.out.println();
            System.out.println("== Ariadne plan benchmark (" + STRATEGIC * SPECIFIC_PER_STRATEGIC * ACTIVITIES_PER_SPECIFIC
                    + " activities, " + STRATEGIC * SPECIFIC_PER_STRATEGIC * ACTIVITIES_PER_SPECIFIC * INDICATORS_PER_ACTIVITY
                    + " indicators, " + INSTITUTIONS + " institutions; " + Runtime.getRuntime().availableProcessors()
                    + " cores, database " + System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory") + ") ==");
        }

        void add(String line) {
            System.out.println("  " + line);
        }
    }

    private String page(org.springframework.test.web.servlet.request.RequestPostProcessor who, String path) {
        try {
            return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** Median and worst of {@code runs} timed runs, after as many warm-up runs. */
    private static String timed(String what, int runs, Supplier<?> work) {
        for (int i = 0; i < runs; i++) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            work.get();
        }
        var times = new long[runs];
        for (int i = 0; i < runs; i++) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            long start = System.nanoTime();
            work.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "%s: median %.1f ms, slowest %.1f ms (%d runs)", what, times[runs / 2] / 1e6,
                times[runs - 1] / 1e6, runs);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    record Generated(byte[] bytes, int rows) {
    }

    /** A plausible large plan: every activity with lead and supporting institutions, a budget and three indicators. */
    static Generated generate(String run) {
        var header = List.of("Code", "Title", "Thematic area", "Expected result", "Indicator", "Result level", "Unit",
                "Baseline", "Baseline year", "Target", "Target year", "Lead institution", "Supporting institutions", "Start",
                "End", "Frequency", "Means of verification", "Budget", "Funding source", "Risks");
        var areas = List.of("Prevention", "Protection", "Prosecution", "Partnership");
        var levels = List.of("Output", "Output", "Outcome");
        int rows = 0;
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet("Plan").header(header);
            int activityNumber = 0;
            for (int so = 1; so <= STRATEGIC; so++) {
                xlsx.row(row(header, "Code", "SO " + so, "Title", "Strategic objective " + so + " of the benchmark plan",
                        "Thematic area", areas.get((so - 1) % areas.size()), "Indicator", "Impact indicator of SO " + so,
                        "Result level", "Impact", "Unit", "persons", "Baseline", 100 + so, "Baseline year", 2019,
                        "Target", 50 + so, "Target year", 2024));
                rows++;
                for (int sp = 1; sp <= SPECIFIC_PER_STRATEGIC; sp++) {
                    xlsx.row(row(header, "Code", "SO " + so + "." + sp, "Title", "Specific objective " + so + "." + sp));
                    rows++;
                    for (int a = 1; a <= ACTIVITIES_PER_SPECIFIC; a++) {
                        activityNumber++;
                        var lead = institution(run, activityNumber);
                        var supporting = institution(run, activityNumber + 7) + "; " + institution(run, activityNumber + 13);
                        for (int i = 1; i <= INDICATORS_PER_ACTIVITY; i++) {
                            var indicator = row(header, "Indicator", "Indicator " + i + " of activity " + so + "." + sp + "." + a,
                                    "Result level", levels.get(i - 1), "Unit", i == 3 ? "%" : "persons",
                                    "Baseline", activityNumber % 5 == 0 ? null : (i == 3 ? 20 : 10 * i), "Baseline year", 2019,
                                    "Target", i == 3 ? 60 : 40 * i, "Target year", 2024);
                            if (i == 1) {
                                put(header, indicator, "Code", "A" + so + "." + sp + "." + a, "Title",
                                        "Activity " + so + "." + sp + "." + a + ": training and outreach for front-line staff",
                                        "Expected result", "Front-line staff identify and refer victims", "Lead institution", lead,
                                        "Supporting institutions", supporting, "Start", "2021-Q" + (1 + activityNumber % 4),
                                        "End", "2023-Q4", "Frequency", "Quarterly", "Means of verification",
                                        "Lists of participants; training reports", "Budget", 10_000 + activityNumber * 125.5,
                                        "Funding source", "State budget", "Risks", "Staff turnover in the institutions");
                            } else if (i == 2 && activityNumber % 3 == 0) {
                                put(header, indicator, "Budget", 5_000, "Funding source", institution(run, activityNumber + 21));
                            }
                            xlsx.row(indicator);
                            rows++;
                        }
                    }
                }
            }
            return new Generated(xlsx.toBytes(), rows);
        }
    }

    private static String institution(String run, int number) {
        return "Benchmark institution " + run + " no. " + (1 + number % INSTITUTIONS);
    }

    private static List<Object> row(List<String> header, Object... pairs) {
        var row = new ArrayList<Object>();
        header.forEach(column -> row.add(null));
        put(header, row, pairs);
        return row;
    }

    private static void put(List<String> header, List<Object> row, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            row.set(header.indexOf((String) pairs[i]), pairs[i + 1]);
        }
    }
}
