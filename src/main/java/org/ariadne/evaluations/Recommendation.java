package org.ariadne.evaluations;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A recommendation of an evaluation. Kept here as the evaluation made it; its follow-up and management response
 * live in the recommendations tracker, which is told by {@link EvaluationRecommendationMade}.
 */
@Table("evaluation_recommendation")
class Recommendation {

    static final String AUDIT_TYPE = "evaluation-recommendation";

    @Id
    private Long id;
    private long evaluationId;
    private String reference;
    private String text;
    private String language;
    private Criterion criterion;
    private Priority priority;
    private String madeBy;
    private LocalDate madeOn;
    private LocalDateTime createdAt;

    Recommendation() {
    }

    static Recommendation make(long evaluationId, RecommendationCommand command, String by, LocalDateTime now) {
        var recommendation = new Recommendation();
        recommendation.evaluationId = evaluationId;
        recommendation.reference = command.reference().strip();
        recommendation.text = command.text().strip();
        recommendation.language = command.language().strip();
        recommendation.criterion = command.criterion();
        recommendation.priority = command.priority();
        recommendation.madeBy = by;
        recommendation.madeOn = now.toLocalDate();
        recommendation.createdAt = now;
        return recommendation;
    }

    EvaluationRecommendationMade made(long planId, String evaluationTitle, String madeByName) {
        return new EvaluationRecommendationMade(evaluationId, id, planId, evaluationTitle, madeOn, reference, text,
                language, criterion == null ? null : criterion.code(), priority.code(), madeByName);
    }

    Audited audited(long planId, String evaluationTitle) {
        return Audited.of(AUDIT_TYPE, id, reference + " · " + evaluationTitle, planId, AuditRecord.state(
                "recommendationReference", reference, "text", text, "language", language,
                "criterion", criterion == null ? null : criterion.name(), "priority", priority.name()));
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String text() {
        return text;
    }

    String language() {
        return language;
    }

    Criterion criterion() {
        return criterion;
    }

    Priority priority() {
        return priority;
    }

    String madeBy() {
        return madeBy;
    }

    LocalDate madeOn() {
        return madeOn;
    }
}
