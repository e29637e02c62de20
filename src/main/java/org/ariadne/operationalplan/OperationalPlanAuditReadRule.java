package org.ariadne.operationalplan;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * Operational plans are read by whoever reads the plan (everyone signed in), and so are their lines in the trail; the
 * trail's own pages decide who opens the trail at all.
 */
@Component
class OperationalPlanAuditReadRule implements AuditReadRule {

    private final org.ariadne.plan.TerritorialScope scope;

    OperationalPlanAuditReadRule(org.ariadne.plan.TerritorialScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(OperationalPlanEditing.PLAN, OperationalPlanEditing.LINE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // a person of one participant reads the lines of its own participant's plans only (issue 19 item 2)
        return scope.ownParticipantsPlansCondition().map(AuditVisibility::where).orElse(AuditVisibility.all());
    }
}
