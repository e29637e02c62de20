package org.ariadne.benchmark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.ariadne.operationalplan.LineCommand;
import org.ariadne.operationalplan.OperationalPlanEditing;
import org.ariadne.operationalplan.OperationalPlans;
import org.ariadne.plan.ActivityCommand;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15's figure: the annual operational plan of a national plan (400 activities, 1,200 indicators) drafted with
 * carry-over in under 1 s. Half the activities ended the year before unfinished and are proposed for carry-over, the
 * other half are due. Then the year's page, deciding one carry-over, and the Word, PDF and Excel files. A benchmark,
 * not a test: it asserts nothing.
 *
 * <pre>./mvnw -Pbenchmark test -Dtest=OperationalPlanBenchmark</pre>
 *
 * Measure on PostgreSQL (ARIADNE_TEST_DB_URL) for figures that mean something; on a shared machine, run it twice.
 */
@Tag("benchmark")
@AriadneIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "logging.level.org.springframework.context.support=error")
class OperationalPlanBenchmark {

    static final int YEAR = 2024;

    @Autowired
    LargePlans largePlans;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Plans plans;
    @Autowired
    OperationalPlanEditing editing;
    @Autowired
    OperationalPlans operationalPlans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void draftingTheOperationalPlanOfANationalPlan() throws Exception {
        long started = System.nanoTime();
        var plan = largePlans.build(LargePlan.Shape.national().institutions(80, Unique.name("Institution")),
                Unique.name("National plan"));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        // every other activity ran in 2023 and is not finished: proposed for carry-over into 2024
        var tree = plans.tree(plan.id());
        int ended = 0;
        for (var activity : tree.activities().toList()) {
            if (activity.code().hashCode() % 2 == 0) {
                var command = activity.toCommand();
                planEditing.updateActivity(activity.id(), activity.version(), new ActivityCommand(command.code(),
                        command.title(), command.description(), command.expectedResult(), command.leadInstitutionId(),
                        command.supportingInstitutionIds(), command.responsiblePerson(), LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 12, 31), false, command.frequency(), command.meansOfVerification(),
                        command.assumptions(), command.risks(), ActivityStatus.STARTED, command.budgetLines()));
                ended++;
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "== Ariadne operational plan benchmark: %,d activities (%,d ended in 2023 unfinished),"
                        + " %,d indicators; built in %d s on %s ==%n", plan.activities().size(), ended,
                plan.indicators().size(), (System.nanoTime() - started) / 1_000_000_000,
                System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory"));

        median("draft " + YEAR + " with carry-over (service, one transaction)", 7, () -> {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            jdbc.update("delete from operational_plan where plan_id = ? and plan_year = ?", plan.id(), YEAR);
            editing.draft(plan.id(), YEAR);
        });
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var op = operationalPlans.get(plan.id(), YEAR);
        System.out.printf(Locale.ROOT, "  drafted: %,d lines, %,d due, %,d carry-overs proposed%n", op.lines().size(),
                op.due().size(), op.carryOvers().size());
        var line = op.carryOvers().get(0);
        var decided = new int[] {line.version()};
        median("decide one carry-over (accept with reason, date, budget)", 7, () -> {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            editing.decide(plan.id(), YEAR, line.id(), decided[0], LineCommand.accept("Delayed procurement",
                    LocalDate.of(YEAR, 6, 30), java.math.BigDecimal.valueOf(1000 + decided[0])));
            decided[0]++;
        });
        var member = TestSignIn.as(Role.MEMBER);
        var path = "/plans/" + plan.id() + "/operational-plans/" + YEAR;
        median("the year's page (member)", 7, () -> page(member, path));
        median("Word (DOCX)", 5, () -> page(member, path + "/download.docx"));
        median("PDF", 3, () -> page(member, path + "/download.pdf"));
        median("Excel (XLSX)", 5, () -> page(member, path + "/download.xlsx"));
        System.out.println();
    }

    private void page(org.springframework.test.web.servlet.request.RequestPostProcessor who, String path) {
        try {
            mvc.perform(get(path).with(who).locale(Locale.ENGLISH)).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
}
