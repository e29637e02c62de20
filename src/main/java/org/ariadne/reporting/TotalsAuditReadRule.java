package org.ariadne.reporting;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads the recounts of accepted totals in the audit trail: the administrator who runs them and the office, who
 * answer for the figures. The entries hold only sums of accepted values, which every dashboard shows anyway.
 */
@Component
class TotalsAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(AcceptedTotals.TOTALS);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, Role.ADMINISTRATOR.name(), Role.COORDINATOR.name(),
                Role.ME_OFFICER.name());
    }
}
