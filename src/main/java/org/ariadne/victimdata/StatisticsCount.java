package org.ariadne.victimdata;

import org.ariadne.common.disclosure.Disclosed;

/**
 * Persons and cases of one cell or total, counted apart: each either its count or, in a protected table, suppressed
 * (then without its count).
 */
public record StatisticsCount(Disclosed persons, Disclosed cases) {

    static StatisticsCount exact(long persons, long cases) {
        return new StatisticsCount(Disclosed.published(persons), Disclosed.published(cases));
    }

    public static final StatisticsCount ZERO = exact(0, 0);
}
