package org.ariadne.workbook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.LargePlan;
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

    /** The national plan of the benchmarks: 80 institutions, 400 activities, 1,200 indicators. */
    static final LargePlan.Shape SHAPE = LargePlan.Shape.national();

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
        var workbook = LargePlan.workbook(SHAPE.institutions(SHAPE.institutions(), "Benchmark institution " + run));
        var figures = new Figures();
        figures.add(String.format(Locale.ROOT, "workbook: %d rows, %,d bytes", workbook.rows(), workbook.bytes().length));

        long start = System.nanoTime();
        var token = workbooks.upload(null, "Benchmark plan " + run, 2020, 2024, "benchmark.xlsx", workbook.bytes());
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
            System.out.println("== Ariadne plan benchmark (" + SHAPE.activities() + " activities, "
                    + SHAPE.activities() * SHAPE.indicatorsPerActivity() + " indicators, " + SHAPE.institutions()
                    + " institutions; " + Runtime.getRuntime().availableProcessors()
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
}
