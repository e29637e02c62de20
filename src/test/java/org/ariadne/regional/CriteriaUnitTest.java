package org.ariadne.regional;

import java.util.List;

import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 004's criteria, judged: met from 80 %, partly above nothing, never met by nothing to count. */
class CriteriaUnitTest {

    @Test
    void anAdoptedPlanMeetsAdoptionAnArchivedOnePartlyADraftNot() {
        assertThat(Criteria.adopted(PlanStatus.ADOPTED)).isEqualTo(Level.MET);
        assertThat(Criteria.adopted(PlanStatus.ARCHIVED)).isEqualTo(Level.PARTLY);
        assertThat(Criteria.adopted(PlanStatus.DRAFT)).isEqualTo(Level.NOT_MET);
        assertThat(Criteria.adopted(null)).isEqualTo(Level.NOT_MET);
    }

    @Test
    void aShareMeetsFromEightyPercentAndPartlyAboveNothing() {
        assertThat(Criteria.share(8, 10)).isEqualTo(Level.MET);
        assertThat(Criteria.share(79, 100)).isEqualTo(Level.PARTLY);
        assertThat(Criteria.share(1, 10)).isEqualTo(Level.PARTLY);
        assertThat(Criteria.share(0, 10)).isEqualTo(Level.NOT_MET);
        assertThat(Criteria.share(0, 0)).as("nothing to count is not met").isEqualTo(Level.NOT_MET);
    }

    @Test
    void aCompletedEvaluationMeetsOnePlannedPartly() {
        assertThat(Criteria.evaluated(1, 2)).isEqualTo(Level.MET);
        assertThat(Criteria.evaluated(0, 1)).isEqualTo(Level.PARTLY);
        assertThat(Criteria.evaluated(0, 0)).isEqualTo(Level.NOT_MET);
    }

    @Test
    void theAdoptedPlanInForceIsComparedBeforeANewerDraft() {
        var draft = plan(3, 2027, 2030, PlanStatus.DRAFT);
        var inForce = plan(2, 2024, 2027, PlanStatus.ADOPTED);
        var older = plan(1, 2020, 2023, PlanStatus.ARCHIVED);
        assertThat(RegionalComparison.planCompared(List.of(draft, inForce, older), 2026)).isEqualTo(inForce);
        assertThat(RegionalComparison.planCompared(List.of(draft, older), 2026)).isEqualTo(draft);
        assertThat(RegionalComparison.planCompared(List.of(), 2026)).isNull();
    }

    private static PlanSummary plan(long id, int start, int end, PlanStatus status) {
        return new PlanSummary(id, "Plan " + id, start, end, status, false, 0, 0, 0, 0);
    }
}
