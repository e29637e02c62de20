package org.ariadne.recommendations;

import java.util.Locale;

import org.ariadne.evaluations.EvaluationRecommendationMade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An evaluation's recommendation goes straight into the tracker, in the transaction that saves it (a plain
 * listener): the source "evaluation &lt;title&gt;" once per evaluation, the recommendation once per id, so that the
 * coordinator can record the management response. A second event for the same recommendation changes nothing.
 */
@Component
class EvaluationRecommendations {

    private final Recommendations recommendations;

    EvaluationRecommendations(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @EventListener
    void on(EvaluationRecommendationMade made) {
        var language = made.language() == null || made.language().isBlank() ? "en"
                : made.language().strip().toLowerCase(Locale.ROOT);
        if (language.length() > 8) {
            language = language.substring(0, 8);
        }
        var text = made.text() == null || made.text().isBlank() ? "—" : made.text();
        recommendations.recordFromEvaluation(made.evaluationId(), made.recommendationId(), made.planId(),
                made.evaluationTitle(), made.date(), made.reference(), text.length() > 4000 ? text.substring(0, 4000) : text,
                language, priority(made.priority()));
    }

    static Priority priority(String text) {
        if (text == null) {
            return Priority.MEDIUM;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "high" -> Priority.HIGH;
            case "low" -> Priority.LOW;
            default -> Priority.MEDIUM;
        };
    }
}
