package org.ariadne.institutions;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** The directory of institutions and the regions and municipalities are read by everyone signed in, so are its lines in the audit trail. */
@Component
class InstitutionAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(Institutions.ENTITY, TerritorialUnits.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.all();
    }
}
