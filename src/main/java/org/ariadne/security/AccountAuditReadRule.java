package org.ariadne.security;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Changes to user accounts are the administrator's business, as the user pages are. */
@Component
class AccountAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        // who may sign in through the identity provider, with which roles, is the administrator's as the accounts are
        return Set.of(UserAccounts.ENTITY, OidcMapping.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, Role.ADMINISTRATOR.name());
    }
}
