package org.ariadne.evaluations;

import java.time.LocalDate;

/**
 * An evaluation made a recommendation. Published in the transaction that saves it, so that the recommendations
 * tracker, listening in the same transaction, records it for follow-up (and the management response) or neither is
 * saved. {@code reference} is where the evaluation report says it ("R3", "§ 4.2"); {@code criterion} the OECD-DAC
 * criterion it follows from, by code ("effectiveness"), or null; {@code priority} "high", "medium" or "low".
 */
@org.springframework.modulith.NamedInterface("events")
public record EvaluationRecommendationMade(long evaluationId, long recommendationId, long planId, String evaluationTitle,
        LocalDate date, String reference, String text, String language, String criterion, String priority,
        String madeBy) {
}
