package org.ariadne.victimdata;

import java.util.Set;

/**
 * Which cases the statistics count: years of identification from and to (each may be empty), and identifying
 * institutions (empty: all of them).
 */
public record StatisticsFilter(Integer fromYear, Integer toYear, Set<Long> institutions) {

    public StatisticsFilter {
        institutions = institutions == null ? Set.of() : Set.copyOf(institutions);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            var swap = fromYear;
            fromYear = toYear;
            toYear = swap;
        }
    }

    public static StatisticsFilter none() {
        return new StatisticsFilter(null, null, Set.of());
    }

    public static StatisticsFilter years(Integer from, Integer to) {
        return new StatisticsFilter(from, to, Set.of());
    }

    public StatisticsFilter institutions(Set<Long> ids) {
        return new StatisticsFilter(fromYear, toYear, ids);
    }
}
