package org.ariadne.strategy;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** Strategies are read by everyone signed in, as plans are, so are their lines in the audit trail. */
@Component
class StrategyAuditReadRule implements AuditReadRule {

    private final org.ariadne.common.participant.ParticipantScope participants;

    StrategyAuditReadRule(org.ariadne.common.participant.ParticipantScope participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Strategy.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // a person of one participant reads its own participant's strategies' lines only (issue 19 item 2)
        return participants.narrowedTo().map(own -> AuditVisibility.where(
                "entity_id not in (select id from strategy where participant_id <> ?)", own)).orElse(AuditVisibility.all());
    }
}
