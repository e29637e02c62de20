package org.ariadne.evaluations;

/** One row of the evaluation matrix download: a criterion with one of its questions (or none), its judgement, rating and evidence. */
public record MatrixRow(Criterion criterion, String question, String judgement, Rating rating, String evidence) {
}
