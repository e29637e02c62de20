package org.ariadne.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status an activity takes from accepted reports: the latest period's, whatever order they are accepted in. */
class ActivityReportedStatusUnitTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    @Test
    void aReportForALaterPeriodGivesItsStatus() {
        var activity = new Activity();

        assertThat(activity.reportStatus(ActivityStatus.STARTED, MARCH)).isTrue();
        assertThat(activity.reportStatus(ActivityStatus.COMPLETED, JUNE)).isTrue();

        assertThat(activity.status()).isEqualTo(ActivityStatus.COMPLETED);
    }

    @Test
    void aReportForAnEarlierPeriodAcceptedLateLeavesTheLaterStatus() {
        var activity = new Activity();
        activity.reportStatus(ActivityStatus.COMPLETED, JUNE);

        assertThat(activity.reportStatus(ActivityStatus.STARTED, MARCH)).isFalse();

        assertThat(activity.status()).isEqualTo(ActivityStatus.COMPLETED);
    }

    @Test
    void aReportForTheSamePeriodAgainTakesItsStatus() {
        var activity = new Activity();
        activity.reportStatus(ActivityStatus.STARTED, JUNE);

        assertThat(activity.reportStatus(ActivityStatus.STARTED, JUNE)).as("nothing new").isFalse();
        assertThat(activity.reportStatus(ActivityStatus.COMPLETED, JUNE)).isTrue();

        assertThat(activity.status()).isEqualTo(ActivityStatus.COMPLETED);
    }

    @Test
    void theOfficersEntryIsTakenAsItIsAndAReportOfAnyPeriodMayFollowIt() {
        var activity = new Activity();
        activity.reportStatus(ActivityStatus.COMPLETED);

        assertThat(activity.reportStatus(ActivityStatus.STARTED, MARCH)).isTrue();

        assertThat(activity.status()).isEqualTo(ActivityStatus.STARTED);
    }
}
