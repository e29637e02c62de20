package org.ariadne.training;

import java.util.List;

import org.ariadne.training.NeedCoverage.Level;
import org.ariadne.training.NeedCoverage.Need;
import org.ariadne.training.NeedCoverage.Offer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which needs the training plan covers: places go to matching needs, the most urgent first. */
class NeedCoverageUnitTest {

    private static final long POLICE = 1;
    private static final long PROSECUTION = 2;

    @Test
    void aPlannedTrainingCoversTheNeedOfItsYearTopicGroupAndInvitedInstitution() {
        var need = new Need(10, POLICE, TargetGroup.POLICE, TrainingTopic.IDENTIFICATION, NeedPriority.HIGH, 20, 2026);
        var offer = new Offer(1, 2026, TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, List.of(POLICE), 25);

        var covered = NeedCoverage.of(List.of(need), List.of(offer)).get(10L);

        assertThat(covered.level()).isEqualTo(Level.COVERED);
        assertThat(covered.places()).isEqualTo(20);
        assertThat(covered.offers()).containsExactly(1L);
    }

    @Test
    void anotherYearTopicGroupOrInstitutionCoversNothing() {
        var need = new Need(10, POLICE, TargetGroup.POLICE, TrainingTopic.IDENTIFICATION, NeedPriority.HIGH, 20, 2026);
        var offers = List.of(
                new Offer(1, 2025, TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, List.of(POLICE), 25),
                new Offer(2, 2026, TrainingTopic.NRM_SOPS, TargetGroup.POLICE, List.of(POLICE), 25),
                new Offer(3, 2026, TrainingTopic.IDENTIFICATION, TargetGroup.JUDGES, List.of(POLICE), 25),
                new Offer(4, 2026, TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, List.of(PROSECUTION), 25));

        var covered = NeedCoverage.of(List.of(need), offers).get(10L);

        assertThat(covered.level()).isEqualTo(Level.NOT_COVERED);
        assertThat(covered.places()).isZero();
    }

    @Test
    void scarcePlacesGoToTheMostUrgentNeedFirstAndLeaveTheOtherPartlyCovered() {
        var low = new Need(10, POLICE, TargetGroup.POLICE, TrainingTopic.NRM_SOPS, NeedPriority.LOW, 10, 2026);
        var high = new Need(11, PROSECUTION, TargetGroup.POLICE, TrainingTopic.NRM_SOPS, NeedPriority.HIGH, 12, 2026);
        var offer = new Offer(1, 2026, TrainingTopic.NRM_SOPS, TargetGroup.POLICE, List.of(POLICE, PROSECUTION), 15);

        var coverage = NeedCoverage.of(List.of(low, high), List.of(offer));

        assertThat(coverage.get(11L).level()).isEqualTo(Level.COVERED);
        assertThat(coverage.get(10L).level()).isEqualTo(Level.PARTLY);
        assertThat(coverage.get(10L).places()).isEqualTo(3);
    }

    @Test
    void twoPlannedTrainingsTogetherCoverOneNeed() {
        var need = new Need(10, POLICE, TargetGroup.POLICE, TrainingTopic.IDENTIFICATION, NeedPriority.MEDIUM, 40, 2026);
        var offers = List.of(new Offer(1, 2026, TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, List.of(POLICE), 20),
                new Offer(2, 2026, TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, List.of(POLICE), 20));

        var covered = NeedCoverage.of(List.of(need), offers).get(10L);

        assertThat(covered.level()).isEqualTo(Level.COVERED);
        assertThat(covered.offers()).containsExactly(1L, 2L);
    }
}
