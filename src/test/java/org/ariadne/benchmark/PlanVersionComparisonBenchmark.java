package org.ariadne.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.function.Supplier;

import org.ariadne.plan.AdoptionCommand;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanVersions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15's figure: the comparison of two versions of a national plan (400 activities, 1,200 indicators) under
 * 300 ms. Version 2 drops every twentieth activity and revises the final target of every tenth activity's first
 * indicator. A benchmark, not a test: it prints figures. Run with {@code ./mvnw -Pbenchmark test
 * -Dtest=PlanVersionComparisonBenchmark}.
 */
@Tag("benchmark")
@AriadneIntegrationTest
class PlanVersionComparisonBenchmark {

    static final LargePlan.Shape SHAPE = LargePlan.Shape.national();

    @Autowired
    LargePlans largePlans;
    @Autowired
    PlanVersions versions;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    MockMvc mvc;

    @Test
    void comparisonOfTwoNationalVersions() {
        var run = Long.toString(System.nanoTime() % 100_000, 36);
        var plan = largePlans.build(SHAPE.institutions(SHAPE.institutions(), "Versions institution " + run),
                "Versions benchmark plan " + run);
        long planId = plan.id();
        TestSignIn.onThisThread(Role.ME_OFFICER, Role.COORDINATOR);
        versions.startRevision(planId);
        for (var activity : plan.activities()) {
            if (activity.number() % 20 == 0) {
                versions.drop(activity.id());
            } else if (activity.number() % 10 == 0) {
                var indicator = plans.indicator(activity.indicators().get(0));
                var c = indicator.toCommand();
                editing.updateIndicator(indicator.id(), indicator.version(), new IndicatorCommand(c.name(),
                        c.resultLevel(), c.type(), c.unit(), c.direction(), c.numerator(), c.denominator(), c.scaleMin(),
                        c.scaleMax(), c.baselineValue(), c.baselineYear(), c.baselineSource(), new BigDecimal("1500"),
                        c.targetYear(), c.yearTargets(), c.disaggregations(), c.dataSource(), c.meansOfVerification(),
                        c.frequency(), c.responsibleInstitutionId(), c.aggregation()));
            }
        }
        var reasons = new HashMap<String, String>();
        versions.pendingChanges(planId).forEach(change -> reasons.put(change.key(), "Mid-term review"));
        versions.adopt(planId, versions.revision(planId).orElseThrow().version(), new AdoptionCommand(
                LocalDate.of(2023, 1, 1), LocalDate.of(2022, 12, 1), "MoF 1", "Favourable", reasons));

        System.out.println();
        System.out.println("== Ariadne version comparison benchmark (" + SHAPE.activities() + " activities, "
                + SHAPE.activities() * SHAPE.indicatorsPerActivity() + " indicators, " + reasons.size()
                + " changes; " + Runtime.getRuntime().availableProcessors() + " cores, database "
                + System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory") + ") ==");
        System.out.println("  " + timed("compare versions 1 and 2 (service)", 20, () -> versions.compare(planId, 1, 2)));
        System.out.println("  " + timed("comparison page (server)", 20, () -> page("/plans/" + planId
                + "/versions/compare?from=1&to=2")));
        System.out.println("  " + timed("version 1 page (server)", 10, () -> page("/plans/" + planId + "/versions/1")));
        System.out.println();
    }

    private String page(String path) {
        try {
            return mvc.perform(get(path).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
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
}
