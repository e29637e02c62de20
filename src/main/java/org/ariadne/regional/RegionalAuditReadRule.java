package org.ariadne.regional;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/**
 * The regional set is read by the M&amp;E officers who map onto it, and so are its trail lines; a mapping's line
 * carries its national plan, like the plan's own lines.
 */
@Component
class RegionalAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(RegionalIndicator.AUDIT_TYPE, IndicatorMapping.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.all();
    }
}
