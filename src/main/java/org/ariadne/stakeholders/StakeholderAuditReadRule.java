package org.ariadne.stakeholders;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The trail of contacts (personal data), placements, rounds, links and comments is read by the office only: a focal
 * point reads their share on the pages themselves.
 */
@Component
class StakeholderAuditReadRule implements AuditReadRule {

    private final org.ariadne.common.participant.ParticipantScope participants;

    StakeholderAuditReadRule(org.ariadne.common.participant.ParticipantScope participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Contact.AUDIT_TYPE, Placement.AUDIT_TYPE, ConsultationRound.AUDIT_TYPE,
                ConsultationLink.AUDIT_TYPE, ConsultationComment.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        var byRole = AuditVisibility.toRoles(reader, "ME_OFFICER", "COORDINATOR");
        // and not the lines of another participant's contacts (issue 19); rounds, links, comments and placements
        // belong to a plan, whose participant this module cannot read in the trail's query
        if (byRole.isNone() || !Contact.AUDIT_TYPE.equals(entityType)) {
            return byRole;
        }
        return participants.narrowedTo().map(own -> AuditVisibility.where(
                "entity_id not in (select id from stakeholder_contact where participant_id <> ?)", own)).orElse(byRole);
    }
}
