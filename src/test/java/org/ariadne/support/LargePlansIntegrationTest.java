package org.ariadne.support;

import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmarks' plan generator, on a plan small enough for every run: what it builds is what the shape says. */
@AriadneIntegrationTest
class LargePlansIntegrationTest {

    @Autowired
    LargePlans largePlans;
    @Autowired
    Plans plans;
    @Autowired
    ReportingSchedules schedules;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theNationalShapeScaledDownBuildsEveryElementWithItsLeadSupportAndBudget() {
        var shape = LargePlan.Shape.national().institutions(10, Unique.name("Generated institution"))
                .objectives(2, 2).activities(3, 2);
        var plan = largePlans.build(shape, Unique.name("Generated plan"));

        var tree = plans.tree(plan.id());
        assertThat(tree.activities()).hasSize(12);
        assertThat(tree.indicators()).hasSize(24);
        assertThat(plan.institutions()).hasSize(10);
        var first = tree.activities().filter(activity -> activity.code().equals("A1.1.1")).findFirst().orElseThrow();
        assertThat(first.leadInstitutionId()).isEqualTo(plan.institutions().get(1));
        assertThat(first.supportingInstitutionIds()).containsExactly(plan.institutions().get(8));
        assertThat(first.budgetLines()).hasSize(2);
        // each institution reports the indicators of the activities it leads or supports
        assertThat(plan.reporters().values().stream().mapToInt(java.util.List::size).sum()).isEqualTo(2 * 24);
        assertThat(schedules.periods(plan.id())).isNotEmpty();
    }

    @Test
    void aPlanOfLeadsAloneGivesEveryInstitutionOneActivityOfItsOwn() {
        var plan = largePlans.build(LargePlan.Shape.national().institutions(5, Unique.name("Load institution"))
                .objectives(1, 1).activities(5, 1).leadOnlyWithoutBudget(), Unique.name("Load plan"));

        assertThat(plan.ledBy()).hasSize(5).allSatisfy((institution, led) -> assertThat(led).hasSize(1));
        TestSignIn.onThisThread(Role.MEMBER);
        assertThat(plans.tree(plan.id()).activities())
                .allSatisfy(activity -> {
                    assertThat(activity.supportingInstitutionIds()).isEmpty();
                    assertThat(activity.budgetLines()).isEmpty();
                });
    }
}
