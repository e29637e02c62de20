package org.ariadne.risks;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Risks and scenarios are read by everyone who reads the plan (everyone signed in), so are their trail lines. */
@Component
class RiskAuditReadRule implements AuditReadRule {

    private final org.ariadne.plan.TerritorialScope scope;

    RiskAuditReadRule(org.ariadne.plan.TerritorialScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Risks.ENTITY, Scenarios.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // a person of one participant reads the lines of its own participant's plans only (issue 19 item 2)
        return scope.ownParticipantsPlansCondition().map(AuditVisibility::where).orElse(AuditVisibility.all());
    }
}
