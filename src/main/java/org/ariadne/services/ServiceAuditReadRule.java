package org.ariadne.services;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.springframework.stereotype.Component;

/** The directory is read by everyone signed in, and so are its trail lines. */
@Component
class ServiceAuditReadRule implements AuditReadRule {

    private final org.ariadne.common.participant.ParticipantScope participants;

    ServiceAuditReadRule(org.ariadne.common.participant.ParticipantScope participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(Services.ENTITY);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        // but not the lines of another participant's services (issue 19)
        return participants.narrowedTo().map(own -> AuditVisibility.where(
                "entity_id not in (select id from support_service where participant_id <> ?)", own))
                .orElse(AuditVisibility.all());
    }
}
