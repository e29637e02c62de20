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

    private final org.ariadne.common.participant.ParticipantScope participants;

    VictimCaseAuditReadRule(org.ariadne.common.participant.ParticipantScope participants) {
        this.participants = participants;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(VictimCase.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        var byRole = AuditVisibility.toRoles(reader, Role.VICTIM_DATA_OFFICER.name());
        // and not the lines of another participant's cases (issue 19)
        return byRole.isNone() ? byRole : participants.narrowedTo().map(own -> AuditVisibility.where(
                "entity_id not in (select id from victim_case where participant_id <> ?)", own)).orElse(byRole);
    }
}
