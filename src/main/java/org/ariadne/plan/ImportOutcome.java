package org.ariadne.plan;

/** What an import did. */
public record ImportOutcome(long planId, long added, long changed, long removed) {
}
