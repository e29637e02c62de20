package org.ariadne.dataquality;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** The settings of the checks are read in the trail by the office, who keeps them. */
@Component
class DataQualityAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(CheckRule.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, "COORDINATOR", "ME_OFFICER");
    }
}
