package org.ariadne.publication;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/**
 * What was published, withdrawn and when is the office's business (the publication pages are the office's); the
 * public reads the outcome on the portal.
 */
@Component
class PublicationAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(Publishing.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // the roles of Publishing.OFFICE
        return AuditVisibility.toRoles(reader, Role.COORDINATOR.name(), Role.ME_OFFICER.name());
    }
}
