package org.ariadne.services;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** The directory is read by everyone signed in, and so are its trail lines. */
@Component
class ServiceAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(Services.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.all();
    }
}
