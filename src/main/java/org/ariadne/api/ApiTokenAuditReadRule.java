package org.ariadne.api;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/** Who made or revoked which token is the administrator's business, as the accounts are. */
@Component
class ApiTokenAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(ApiToken.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, Role.ADMINISTRATOR.name());
    }
}
