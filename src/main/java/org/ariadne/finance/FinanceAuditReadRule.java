package org.ariadne.finance;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Commitments and exchange rates are read by everyone signed in (as the budget page), so are their trail lines. */
@Component
class FinanceAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(Commitment.AUDIT_TYPE, ExchangeRate.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.all();
    }
}
