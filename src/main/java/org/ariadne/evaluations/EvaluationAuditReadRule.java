package org.ariadne.evaluations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The trail of an evaluation is read as the evaluation is ({@link EvaluationAccess}): the officer and the coordinator
 * all of it; an evaluator only the lines of the evaluations whose team they are on, while their window is open
 * (members do not read the trail). The condition is on the evaluation the line is about, through its own tables.
 */
@Component
class EvaluationAuditReadRule implements AuditReadRule {

    private final EvaluationAccess access;

    EvaluationAuditReadRule(EvaluationAccess access) {
        this.access = access;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Evaluation.AUDIT_TYPE, TeamMember.AUDIT_TYPE, CriterionAssessment.AUDIT_TYPE,
                Question.AUDIT_TYPE, Statement.AUDIT_TYPE, Recommendation.AUDIT_TYPE, EvaluationFile.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        if (reader.hasAny("ME_OFFICER", "COORDINATOR")) {
            return AuditVisibility.all();
        }
        var user = CurrentUser.get();
        if (!reader.hasAny("EVALUATOR") || user.isEmpty()) {
            return AuditVisibility.none();
        }
        var open = new ArrayList<>(access.openTo(user.get()));
        if (open.isEmpty()) {
            return AuditVisibility.none();
        }
        var marks = String.join(", ", open.stream().map(id -> "?").toList());
        var table = switch (entityType) {
            case Evaluation.AUDIT_TYPE -> null;
            case TeamMember.AUDIT_TYPE -> "evaluation_team_member";
            case CriterionAssessment.AUDIT_TYPE -> "evaluation_criterion";
            case Question.AUDIT_TYPE -> "evaluation_question";
            case Statement.AUDIT_TYPE -> "evaluation_statement";
            case Recommendation.AUDIT_TYPE -> "evaluation_recommendation";
            default -> "evaluation_file";
        };
        List<Object> params = new ArrayList<>(open);
        if (table == null) {
            return new AuditVisibility("entity_id in (" + marks + ")", params);
        }
        return new AuditVisibility("entity_id in (select id from " + table + " where evaluation_id in (" + marks + "))",
                params);
    }
}
