package org.ariadne.coordination;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The trail of meetings, actions, monthly reports, agreements and their files is read by those who read them all:
 * the office and members. A focal point reads their share on the pages themselves, not in the trail (which would
 * need a rule per meeting invitation for little use).
 */
@Component
class CoordinationAuditReadRule implements AuditReadRule {

    private final CoordinationParticipants participants;

    CoordinationAuditReadRule(CoordinationParticipants participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Meeting.AUDIT_TYPE, FollowUpAction.AUDIT_TYPE, CommitteeReport.AUDIT_TYPE, Agreement.AUDIT_TYPE,
                CoordinationFile.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return participants.inTrail(entityType, AuditVisibility.toRoles(reader, "ME_OFFICER", "COORDINATOR", "MEMBER"));
    }
}
