package org.ariadne.victimdata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The percentile rule of the referral delays: nearest rank, always a delay some case had. */
class NearestRankUnitTest {

    @Test
    void thePercentileIsTheValueAtRankCeilingOfPTimesNOverAHundred() {
        int[] days = {50, 15, 40, 20, 35};

        assertThat(NearestRank.percentile(days, 5)).isEqualTo(15);
        assertThat(NearestRank.percentile(days, 30)).isEqualTo(20);
        assertThat(NearestRank.percentile(days, 40)).isEqualTo(20);
        assertThat(NearestRank.percentile(days, 50)).isEqualTo(35);
        assertThat(NearestRank.percentile(days, 90)).isEqualTo(50);
        assertThat(NearestRank.percentile(days, 100)).isEqualTo(50);
    }

    @Test
    void theMedianOfAnEvenNumberOfDelaysIsTheLowerMiddleOneNeverAnAverage() {
        assertThat(NearestRank.percentile(new int[] {4, 1, 3, 2}, 50)).isEqualTo(2);
        assertThat(NearestRank.percentile(new int[] {7}, 90)).isEqualTo(7);
    }

    @Test
    void noDelayGivesNoPercentileAndAPercentileOutsideOneToAHundredIsRefused() {
        assertThat(NearestRank.percentile(new int[0], 50)).isNull();
        assertThatThrownBy(() -> NearestRank.percentile(new int[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NearestRank.percentile(new int[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValuesGivenAreNotReordered() {
        int[] days = {9, 1, 5};
        NearestRank.percentile(days, 50);
        assertThat(days).containsExactly(9, 1, 5);
    }
}
