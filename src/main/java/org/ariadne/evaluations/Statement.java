package org.ariadne.evaluations;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A finding or a conclusion of an evaluation, numbered within its kind. */
@Table("evaluation_statement")
class Statement {

    static final String AUDIT_TYPE = "evaluation-statement";

    @Id
    private Long id;
    private long evaluationId;
    private StatementKind kind;
    private int number;
    private String text;
    private Criterion criterion;
    private String madeBy;
    private LocalDateTime createdAt;

    Statement() {
    }

    static Statement make(long evaluationId, int number, StatementCommand command, String by, LocalDateTime now) {
        var statement = new Statement();
        statement.evaluationId = evaluationId;
        statement.kind = command.kind();
        statement.number = number;
        statement.text = command.text().strip();
        statement.criterion = command.criterion();
        statement.madeBy = by;
        statement.createdAt = now;
        return statement;
    }

    Audited audited(long planId, String evaluationTitle) {
        return Audited.of(AUDIT_TYPE, id, kind.name().charAt(0) + "" + number + " · " + evaluationTitle, planId,
                AuditRecord.state("kind", kind.name(), "evaluationNumber", number, "text", text,
                        "criterion", criterion == null ? null : criterion.name()));
    }

    Long id() {
        return id;
    }

    StatementKind kind() {
        return kind;
    }

    int number() {
        return number;
    }

    String text() {
        return text;
    }

    Criterion criterion() {
        return criterion;
    }
}
