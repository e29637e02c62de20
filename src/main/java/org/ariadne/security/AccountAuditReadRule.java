package org.ariadne.security;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.common.participant.ParticipantScope;
import org.springframework.stereotype.Component;

/**
 * Changes to user accounts are the administrator's business, as the user pages are; an administrator of one
 * participant reads those of its own participant's accounts only (issue 19).
 */
@Component
class AccountAuditReadRule implements AuditReadRule {

    private final ParticipantScope scope;

    AccountAuditReadRule(ParticipantScope scope) {
        this.scope = scope;
    }

    @Override
    public Set<String> entityTypes() {
        // who may sign in through the identity provider, with which roles, is the administrator's as the accounts are;
        // participants: the installation's administrator keeps them, every administrator may read what changed
        return Set.of(UserAccounts.ENTITY, OidcMapping.AUDIT_TYPE, Participant.AUDIT_TYPE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        var byRole = AuditVisibility.toRoles(reader, Role.ADMINISTRATOR.name());
        var own = scope.narrowedTo();
        if (byRole.isNone() || own.isEmpty() || Participant.AUDIT_TYPE.equals(entityType)) {
            return byRole;
        }
        if (UserAccounts.ENTITY.equals(entityType)) {
            return AuditVisibility.where("entity_id in (select id from user_account where participant_id = ?)",
                    own.get());
        }
        // a sign-in mapping's participant is its institution's, which only the institutions module knows: the lines
        // of mappings are read by the administrators across participants
        return AuditVisibility.none();
    }
}
