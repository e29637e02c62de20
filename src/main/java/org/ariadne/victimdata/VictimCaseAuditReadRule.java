package org.ariadne.victimdata;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/**
 * The trail's lines about victim cases hold their statistics and stages, never a name; still, they are about
 * individual victims, so only victim-data officers read them (the coordinator reviews the access log instead).
 */
@Component
class VictimCaseAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(VictimCase.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, Role.VICTIM_DATA_OFFICER.name());
    }
}
