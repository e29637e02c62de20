package org.ariadne.regional;

/** A criterion judged for one participant, with the figure behind it in the reader's language. */
public record Judgement(Criterion criterion, Level level, String figure) {
}
