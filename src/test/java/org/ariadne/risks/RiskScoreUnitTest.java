package org.ariadne.risks;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's rules: score, level bands, what the audit asks to mitigate, what is due for review, the heat map. */
class RiskScoreUnitTest {

    @ParameterizedTest
    @CsvSource({"1,1,1,LOW", "2,2,4,LOW", "1,4,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "4,4,16,HIGH",
            "4,5,20,CRITICAL", "5,5,25,CRITICAL", "3,4,12,HIGH", "2,3,6,MEDIUM"})
    void theScoreIsLikelihoodTimesImpactAndItsLevelFollowsTheBands(int likelihood, int impact, int score,
            RiskLevel level) {
        var risk = new RiskScore(likelihood, impact);

        assertThat(risk.score()).isEqualTo(score);
        assertThat(risk.level()).isEqualTo(level);
    }

    @Test
    void everyPossibleScoreHasALevel() {
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                assertThat(new RiskScore(likelihood, impact).level()).isNotNull();
            }
        }
        assertThatThrownBy(() -> RiskLevel.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskLevel.of(26)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void likelihoodAndImpactLieBetweenOneAndFive() {
        assertThatThrownBy(() -> new RiskScore(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskScore(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severeImpactOrAHighLevelNeedsAMitigationWhateverTheLikelihood() {
        assertThat(new RiskScore(1, 5).needsMitigation()).as("impact 5, medium").isTrue();
        assertThat(new RiskScore(4, 3).needsMitigation()).as("high").isTrue();
        assertThat(new RiskScore(5, 2).needsMitigation()).as("high").isTrue();
        assertThat(new RiskScore(3, 3).needsMitigation()).as("medium").isFalse();
        assertThat(new RiskScore(4, 1).needsMitigation()).as("low").isFalse();
    }

    @Test
    void aRiskIsDueForReviewWhenNeverReviewedOrItsNextReviewHasCome() {
        var end = LocalDate.of(2026, 6, 30);

        assertThat(risk(RiskStatus.OPEN, null, null).dueForReview(end)).as("never reviewed").isTrue();
        assertThat(risk(RiskStatus.OPEN, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 1, 5)).dueForReview(end))
                .as("due on the last day").isTrue();
        assertThat(risk(RiskStatus.OPEN, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 1, 5)).dueForReview(end))
                .as("due after the half-year").isFalse();
        assertThat(risk(RiskStatus.CLOSED, null, null).dueForReview(end)).as("closed").isFalse();
    }

    @Test
    void theHeatMapCountsTheRisksThatAreNotClosedByLikelihoodAndImpact() {
        var map = HeatMap.of(1, List.of(risk(4, 5, RiskStatus.OPEN), risk(4, 5, RiskStatus.MITIGATED),
                risk(1, 2, RiskStatus.OPEN), risk(4, 5, RiskStatus.CLOSED)));

        assertThat(map.count(4, 5)).isEqualTo(2);
        assertThat(map.count(1, 2)).isEqualTo(1);
        assertThat(map.total()).isEqualTo(3);
        assertThat(map.rows()).extracting(HeatMap.Row::likelihood).containsExactly(5, 4, 3, 2, 1);
        assertThat(map.rows().get(0).cells()).extracting(HeatMap.Cell::impact).containsExactly(1, 2, 3, 4, 5);
        assertThat(map.rows().get(0).cells().get(4).level()).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void aFormReferenceNamesThePlanOrOneElement() {
        assertThat(RiskElement.parse("plan")).contains(new RiskElement.Reference(ElementKind.PLAN, null));
        assertThat(RiskElement.parse("activity-56")).contains(new RiskElement.Reference(ElementKind.ACTIVITY, 56L));
        assertThat(RiskElement.parse("specific-x")).isEmpty();
        assertThat(RiskElement.parse("indicator-3")).isEmpty();
    }

    private static RiskView risk(RiskStatus status, LocalDate next, LocalDate last) {
        return new RiskView(1, 0, 1, null, "risk", RiskCategory.OTHER, new RiskScore(2, 2), null, null, null, status,
                next, last);
    }

    private static RiskView risk(int likelihood, int impact, RiskStatus status) {
        return new RiskView(1, 0, 1, null, "risk", RiskCategory.OTHER, new RiskScore(likelihood, impact), null, null,
                null, status, null, null);
    }
}
