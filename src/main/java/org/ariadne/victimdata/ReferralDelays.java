package org.ariadne.victimdata;

import java.util.List;

import org.ariadne.common.disclosure.Disclosed;

/**
 * Days between stages of the referral mechanism, per identifying institution, year of identification and interval:
 * the number of cases measured (both dates recorded), the median and the 90th percentile, both by the nearest-rank
 * rule ({@link NearestRank}). Where the number measured is suppressed (protected figures), so are the median and the
 * percentile: with few cases they would tell one person's dates.
 */
public record ReferralDelays(List<Row> rows, boolean exact) {

    public ReferralDelays {
        rows = List.copyOf(rows);
    }

    public record Row(StatisticsCategory institution, int year, DelayInterval interval, Disclosed measured,
            Integer medianDays, Integer percentile90Days) {
    }
}
