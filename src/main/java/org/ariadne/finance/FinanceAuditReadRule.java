package org.ariadne.finance;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Commitments and exchange rates are read by everyone signed in (as the budget page), so are their trail lines. */
@Component
class FinanceAuditReadRule implements AuditReadRule {

    private final org.ariadne.plan.TerritorialScope scope;
    private final org.ariadne.common.participant.ParticipantScope participants;

    FinanceAuditReadRule(org.ariadne.plan.TerritorialScope scope,
            org.ariadne.common.participant.ParticipantScope participants) {
        this.scope = scope;
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Commitment.AUDIT_TYPE, ExchangeRate.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // a person of one participant reads the lines of its own plans' commitments and its own office's rates only
        if (ExchangeRate.AUDIT_TYPE.equals(entityType)) {
            return participants.narrowedTo().map(own -> AuditVisibility.where(
                    "entity_id not in (select id from exchange_rate where participant_id <> ?)", own))
                    .orElse(AuditVisibility.all());
        }
        return scope.ownParticipantsPlansCondition().map(AuditVisibility::where).orElse(AuditVisibility.all());
    }
}
