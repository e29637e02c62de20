package org.ariadne.plan;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** The plan and its elements are read by everyone signed in, so are their lines in the audit trail. */
@Component
class PlanAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(PlanEditing.PLAN, PlanEditing.STRATEGIC, PlanEditing.SPECIFIC, PlanEditing.ACTIVITY,
                PlanEditing.INDICATOR, PlanVersion.AUDIT_TYPE, PlanThematicArea.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.all();
    }
}
