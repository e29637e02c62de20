package org.ariadne.victimdata.linkage;

/**
 * An earlier case proposed as the same person as a new one.
 *
 * @param caseId     the earlier case, as its register names it
 * @param score      the match weight: higher is more certain
 * @param matchClass likely or possible
 * @param <I>        the register's case identifier
 */
public record Candidate<I>(I caseId, double score, MatchClass matchClass) {
}
