package org.ariadne.workbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.institutions.InstitutionType;
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
    /** Timed imports after the first. */
    static final int IMPORTS = 5;

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
        var figures = new Figures();
        // the import as the officer does it, five times after a first (cold) one, each with institutions of its own:
        // upload and preview (the 80 unknown names wait for a choice), preview again with "create" chosen for each,
        // confirm; "import" is upload + preview + confirm, the preview being the one with the choices
        var imports = new long[IMPORTS];
        long planId = 0;
        for (int i = 0; i <= IMPORTS; i++) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            var workbook = LargePlan.workbook(SHAPE.institutions(SHAPE.institutions(), "Benchmark institution " + run + i));
            if (i == 0) {
                figures.add(String.format(Locale.ROOT, "workbook: %d rows, %,d bytes", workbook.rows(), workbook.bytes().length));
            }
            long start = System.nanoTime();
            var token = workbooks.upload(null, "Benchmark plan " + run + i, 2020, 2024, "benchmark.xlsx", workbook.bytes());
            long uploaded = System.nanoTime();
            var first = workbooks.preview(token, Map.of());
            long firstPreview = System.nanoTime();
            var decisions = new HashMap<String, UnknownInstitution.Decision>();
            first.unknownInstitutions().forEach(unknown -> decisions.put(unknown.key(),
                    UnknownInstitution.Decision.create(InstitutionType.OTHER)));
            long decided = System.nanoTime();
            var preview = workbooks.preview(token, decisions);
            long previewed = System.nanoTime();
            if (!preview.canConfirm()) {
                throw new IllegalStateException("generated workbook has problems: " + preview.problems().subList(0,
                        Math.min(3, preview.problems().size())));
            }
            var outcome = workbooks.confirm(token, decisions, false);
            long confirmed = System.nanoTime();
            long total = (uploaded - start) + (confirmed - decided);
            figures.add(String.format(Locale.ROOT, "import %s: upload %d ms, first preview %d ms, preview %d ms, confirm %d ms;"
                    + " upload + preview + confirm %d ms (%d elements, %d new institutions)", i == 0 ? "(cold)" : "#" + i,
                    ms(uploaded - start), ms(firstPreview - uploaded), ms(previewed - decided), ms(confirmed - previewed),
                    ms(total), outcome.added(), preview.unknownInstitutions().size()));
            if (i > 0) {
                imports[i - 1] = total;
            }
            planId = outcome.planId();
        }
        Arrays.sort(imports);
        figures.add(String.format(Locale.ROOT, "import (upload + preview + confirm): median %d ms, slowest %d ms (%d runs)",
                ms(imports[IMPORTS / 2]), ms(imports[IMPORTS - 1]), IMPORTS));
        long plan = planId;
        if (Boolean.getBoolean("ariadne.benchmark.import-only")) {
            return;
        }

        figures.add(timed("export XLSX", 5, () -> workbooks.exportXlsx(plan, Locale.ENGLISH)));
        figures.add(timed("export CSV", 5, () -> workbooks.exportCsv(plan, Locale.ENGLISH)));
        figures.add(timed("read plan tree", 20, () -> plans.tree(plan)));
        figures.add(timed("quality audit (service)", 20, () -> quality.audit(plan)));
        var officer = TestSignIn.as(Role.ME_OFFICER);
        figures.add(timed("matrix page (server)", 20, () -> page(officer, "/plans/" + plan + "/matrix")));
        figures.add(timed("plan tree page (server)", 20, () -> page(officer, "/plans/" + plan)));
        figures.add(timed("quality audit page (server)", 20, () -> page(officer, "/plans/" + plan + "/quality")));

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
