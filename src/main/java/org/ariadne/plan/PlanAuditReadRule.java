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
    private final org.ariadne.common.participant.ParticipantScope participants;

    PlanAuditReadRule(TerritorialScope scope, org.ariadne.common.participant.ParticipantScope participants) {
        this.scope = scope;
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(PlanEditing.PLAN, PlanEditing.STRATEGIC, PlanEditing.SPECIFIC, PlanEditing.ACTIVITY,
                PlanEditing.INDICATOR, PlanVersion.AUDIT_TYPE, PlanThematicArea.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        var participant = participants.narrowedTo();
        if (!scope.narrowed() && participant.isEmpty()) {
            return AuditVisibility.all();
        }
        // another participant's plans are left out (issue 19 item 2); ids are numbers, never text typed by the reader
        if (!scope.narrowed()) {
            // the lines of a deleted plan stay, as with one participant: only another participant's plans are left out
            return AuditVisibility.where(scope.ownParticipantsPlansCondition().orElseThrow());
        }
        var own = participant.map(id -> "participant_id = " + id).orElse("1 = 1");
        var units = scope.unitsOfCurrentUser();
        var inUnits = units.isEmpty() ? "" : " or territorial_unit_id in (" + String.join(", ",
                units.stream().map(String::valueOf).toList()) + ")";
        return AuditVisibility.where("plan_id in (select id from action_plan where " + own
                + " and (territorial_unit_id is null" + inUnits + "))");
    }
}
