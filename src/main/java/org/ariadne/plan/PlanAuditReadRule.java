package org.ariadne.plan;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The plan and its elements are read by everyone signed in, so are their lines in the audit trail; a local
 * coordinator reads those of the national plans and of its unit's plans only ({@link TerritorialScope}).
 */
@Component
class PlanAuditReadRule implements AuditReadRule {

    private final TerritorialScope scope;

    PlanAuditReadRule(TerritorialScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(PlanEditing.PLAN, PlanEditing.STRATEGIC, PlanEditing.SPECIFIC, PlanEditing.ACTIVITY,
                PlanEditing.INDICATOR, PlanVersion.AUDIT_TYPE, PlanThematicArea.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        if (!scope.narrowed()) {
            return AuditVisibility.all();
        }
        var units = scope.unitsOfCurrentUser();
        var inUnits = units.isEmpty() ? "" : " or territorial_unit_id in (" + String.join(", ",
                units.stream().map(String::valueOf).toList()) + ")";
        // ids of units are numbers read from the database, never text typed by the reader
        return AuditVisibility.where("plan_id in (select id from action_plan where territorial_unit_id is null" + inUnits
                + ")");
    }
}
