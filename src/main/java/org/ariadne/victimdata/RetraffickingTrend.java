package org.ariadne.victimdata;

import java.util.List;

import org.ariadne.common.disclosure.Disclosed;

/**
 * Re-trafficking year by year, with the persons and cases of each year for scale. A case is re-trafficking when its
 * person had an earlier case (identified before it) closed on or before its identification; a person is re-trafficked
 * in a year when one of their cases of that year is. A person is reported by several institutions when their cases
 * that are not re-trafficking (one trafficking experience) come from two or more identifying institutions: counted
 * once, in the year of the first of those cases. The total line counts each person once over the range (exact), or
 * adds up the years (protected).
 */
public record RetraffickingTrend(List<Year> years, Year total, boolean exact) {

    public RetraffickingTrend {
        years = List.copyOf(years);
    }

    /** One year's figures (the total line has no year). */
    public record Year(Integer year, Disclosed persons, Disclosed cases, Disclosed retraffickedPersons,
            Disclosed retraffickedCases, Disclosed reportedBySeveral) {
    }
}
