package org.ariadne.victimdata;

import java.util.Arrays;

/**
 * Percentiles by the nearest-rank rule: the p-th percentile of n values is the value at rank ceil(p / 100 * n) of the
 * values in ascending order (rank 1 the smallest). It is always one of the measured values (never an average of two),
 * so a median of days is a whole number of days someone actually waited; the median of an even number of values is
 * the lower of the middle two.
 */
public final class NearestRank {

    private NearestRank() {
    }

    /** The p-th percentile (0 < p <= 100) of the values; null when there are none. */
    public static Integer percentile(int[] values, int p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile is above 0 and at most 100, not " + p);
        }
        if (values.length == 0) {
            return null;
        }
        var sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
