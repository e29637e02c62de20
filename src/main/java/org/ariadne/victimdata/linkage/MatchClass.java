package org.ariadne.victimdata.linkage;

/**
 * How an earlier case compares with a new one, by its score (see {@link VictimLinkage} for the weights).
 * {@link #LIKELY} from {@value #LIKELY_FROM} up: the names and the date of birth agree, allowing for spelling, script,
 * swapped names and one typo. {@link #POSSIBLE} from {@value #POSSIBLE_FROM}: part of it agrees (same name and birth
 * year, or a typo in both name and date); the officer looks. Below, no match, and the case is not shown. Either way
 * the officer confirms or rejects; the linkage never joins two cases by itself.
 */
public enum MatchClass {
    LIKELY, POSSIBLE, NO_MATCH;

    /** Score from which a candidate is a likely match. */
    public static final double LIKELY_FROM = 15;
    /** Score from which a candidate is a possible match. */
    public static final double POSSIBLE_FROM = 8;

    /** The class of a score. */
    public static MatchClass of(double score) {
        return score >= LIKELY_FROM ? LIKELY : score >= POSSIBLE_FROM ? POSSIBLE : NO_MATCH;
    }
}
