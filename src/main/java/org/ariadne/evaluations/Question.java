package org.ariadne.evaluations;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An evaluation question under a criterion, numbered within the evaluation ("Q3"). */
@Table("evaluation_question")
class Question {

    static final String AUDIT_TYPE = "evaluation-question";

    @Id
    private Long id;
    private long evaluationId;
    private Criterion criterion;
    private int number;
    private String text;
    private String askedBy;
    private LocalDateTime createdAt;

    Question() {
    }

    static Question ask(long evaluationId, int number, QuestionCommand command, String by, LocalDateTime now) {
        var question = new Question();
        question.evaluationId = evaluationId;
        question.criterion = command.criterion();
        question.number = number;
        question.text = command.text().strip();
        question.askedBy = by;
        question.createdAt = now;
        return question;
    }

    Audited audited(long planId, String evaluationTitle) {
        return Audited.of(AUDIT_TYPE, id, "Q" + number + " · " + evaluationTitle, planId, AuditRecord.state(
                "criterion", criterion.name(), "evaluationNumber", number, "text", text));
    }

    Long id() {
        return id;
    }

    Criterion criterion() {
        return criterion;
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }

    String askedBy() {
        return askedBy;
    }
}
