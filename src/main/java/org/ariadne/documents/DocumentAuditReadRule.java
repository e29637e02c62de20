package org.ariadne.documents;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/** Generated reports are read in the trail by whoever may download them. */
@Component
class DocumentAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(GeneratedDocuments.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // the roles of GeneratedDocuments.READERS
        return AuditVisibility.toRoles(reader, Role.ME_OFFICER.name(), Role.COORDINATOR.name(), Role.MEMBER.name(),
                Role.EVALUATOR.name());
    }
}
