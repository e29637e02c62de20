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

    @Override
    public Set<String> entityTypes() {
        return Set.of(Contact.AUDIT_TYPE, Placement.AUDIT_TYPE, ConsultationRound.AUDIT_TYPE,
                ConsultationLink.AUDIT_TYPE, ConsultationComment.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, "ME_OFFICER", "COORDINATOR");
    }
}
