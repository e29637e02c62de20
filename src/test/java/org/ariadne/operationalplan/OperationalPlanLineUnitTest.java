package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.common.UserFacingException;
import org.ariadne.plan.ActivityStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A line's decision: every reason it needs, each refusal naming its field, all at once. */
class OperationalPlanLineUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2017, 1, 10, 9, 0);

    private static OperationalPlanLine line(LineKind kind) {
        return OperationalPlanLine.drafted(1, 1, kind, new OperationalPlanLine.Snapshot(7, "SO 1.1", "A1.1.2",
                "Train border police", LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), false,
                ActivityStatus.STARTED, 3L, List.of(4L, 5L), List.of("Officers trained: 120 persons"),
                new BigDecimal("1000"), null), "officer", NOW);
    }

    private static List<String> refusals(Runnable action) {
        var refused = catchThrowableOfType(UserFacingException.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.each().stream().map(r -> ((OperationalPlanException) r).field() + ": " + r.messageKey()).toList();
    }

    @Test
    void aCarryOverIsProposedAndADueActivityIncludedWhenDrafted() {
        assertThat(line(LineKind.CARRY_OVER).decision()).isEqualTo(LineDecision.PROPOSED);
        assertThat(line(LineKind.DUE).decision()).isEqualTo(LineDecision.INCLUDED);
        assertThat(line(LineKind.DUE).view().supportingInstitutionIds()).containsExactly(4L, 5L);
        assertThat(line(LineKind.DUE).view().yearTargets()).containsExactly("Officers trained: 120 persons");
    }

    @Test
    void acceptingACarryOverAsksForReasonNewEndDateAndBudgetAllAtOnce() {
        var line = line(LineKind.CARRY_OVER);
        assertThat(refusals(() -> line.decide(new LineCommand(LineDecision.ACCEPTED, " ", null, null, null, null),
                2017, 2019, "officer", NOW))).containsExactly(
                "reason: operationalplan.error.reason-required.accepted",
                "newEndDate: operationalplan.error.new-end-date-required",
                "budget: operationalplan.error.budget-required");
        assertThat(line.decision()).as("nothing taken").isEqualTo(LineDecision.PROPOSED);
    }

    @Test
    void theNewEndDateFallsBetweenTheStartOfTheYearAndTheEndOfThePlan() {
        var line = line(LineKind.CARRY_OVER);
        assertThat(refusals(() -> line.decide(LineCommand.accept("Delayed", LocalDate.of(2016, 12, 31), BigDecimal.ONE),
                2017, 2019, "officer", NOW))).containsExactly("newEndDate: operationalplan.error.new-end-date-outside");
        assertThat(refusals(() -> line.decide(LineCommand.accept("Delayed", LocalDate.of(2020, 1, 1), BigDecimal.ONE),
                2017, 2019, "officer", NOW))).containsExactly("newEndDate: operationalplan.error.new-end-date-outside");
        line.decide(LineCommand.accept(" Delayed funding ", LocalDate.of(2019, 12, 31), BigDecimal.TEN), 2017, 2019,
                "officer", NOW);
        assertThat(line.view().decision()).isEqualTo(LineDecision.ACCEPTED);
        assertThat(line.view().reason()).isEqualTo("Delayed funding");
        assertThat(line.view().workingEndDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(line.view().yearBudget()).isEqualByComparingTo("10");
    }

    @Test
    void decliningACarryOverNeedsAReasonAndClearsTheTimelineAndBudget() {
        var line = line(LineKind.CARRY_OVER);
        assertThat(refusals(() -> line.decide(LineCommand.decline(null), 2017, 2019, "officer", NOW)))
                .containsExactly("reason: operationalplan.error.reason-required.declined");
        line.decide(new LineCommand(LineDecision.DECLINED, "Replaced by A2.1.1", LocalDate.of(2017, 6, 30),
                BigDecimal.TEN, null, null), 2017, 2019, "officer", NOW);
        assertThat(line.view().newEndDate()).isNull();
        assertThat(line.view().budget()).isNull();
    }

    @Test
    void aDueActivityIsIncludedOrLeftOutWithAReasonNeverCarriedOver() {
        var line = line(LineKind.DUE);
        assertThat(refusals(() -> line.decide(LineCommand.exclude(""), 2017, 2019, "officer", NOW)))
                .containsExactly("reason: operationalplan.error.reason-required.excluded");
        assertThat(refusals(() -> line.decide(LineCommand.accept("x", LocalDate.of(2017, 6, 30), BigDecimal.ONE), 2017,
                2019, "officer", NOW))).containsExactly("decision: operationalplan.error.decision-kind");
        assertThat(refusals(() -> line.decide(new LineCommand(null, null, null, new BigDecimal("-1"), null, null), 2017,
                2019, "officer", NOW))).containsExactly("decision: operationalplan.error.decision-required",
                "budget: operationalplan.error.budget-negative");
        line.decide(LineCommand.include(new BigDecimal("800"), "120 officers, as planned"), 2017, 2019, "officer", NOW);
        assertThat(line.view().yearBudget()).isEqualByComparingTo("800");
        assertThat(line.view().targetNote()).isEqualTo("120 officers, as planned");
    }

    @Test
    void anApprovedPlanIsFrozenUntilTheCoordinatorReopensItWithAReason() {
        var plan = OperationalPlan.draft(1, 2017, "officer", NOW);
        assertThatThrownBy(() -> plan.approve(List.of(line(LineKind.DUE), line(LineKind.CARRY_OVER)), "coordinator", NOW))
                .isInstanceOfSatisfying(OperationalPlanException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("operationalplan.error.undecided");
                    assertThat(refused.arguments()).containsExactly(1, "A1.1.2");
                });
        plan.approve(List.of(line(LineKind.DUE)), "coordinator", NOW);
        assertThat(plan.status()).isEqualTo(OperationalPlanStatus.APPROVED);
        assertThatThrownBy(() -> plan.touch("officer", NOW)).isInstanceOfSatisfying(OperationalPlanException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("operationalplan.error.approved"));
        assertThatThrownBy(() -> plan.reopen("  ", "coordinator", NOW)).isInstanceOfSatisfying(
                OperationalPlanException.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
        plan.reopen("Budget cut by the ministry", "coordinator", NOW);
        assertThat(plan.status()).isEqualTo(OperationalPlanStatus.DRAFT);
        assertThat(plan.auditState()).containsEntry("reopenReason", "Budget cut by the ministry");
    }
}
