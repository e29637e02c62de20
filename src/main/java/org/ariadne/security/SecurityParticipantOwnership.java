package org.ariadne.security;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.common.participant.ParticipantScope;
import org.springframework.stereotype.Component;

/**
 * Whose record the security module's addresses name (issue 19), for the guard that answers 404 to a person of another
 * participant before the page runs.
 */
@Component
class SecurityParticipantOwnership implements ParticipantOwnership {

    /**
     * The owner of a record that belongs to no participant (an account across participants): no participant's
     * administrator keeps it, so it is refused to all of them. Participants are numbered from 1.
     */
    static final long NO_PARTICIPANT = 0L;

    private final UserAccountRepository accounts;
    private final OidcMappings mappings;
    private final ParticipantRepository participants;
    private final ParticipantScope scope;

    SecurityParticipantOwnership(UserAccountRepository accounts, OidcMappings mappings,
            ParticipantRepository participants, ParticipantScope scope) {
        this.accounts = accounts;
        this.mappings = mappings;
        this.participants = participants;
        this.scope = scope;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                // an account: its participant's; one across participants (the regional body's staff, the
                // installation's administrator) is no participant's administrator's to open
                "/admin/users/{}", (id, address) -> accounts.findById(Long.parseLong(id))
                        .map(account -> account.participantId() == null ? NO_PARTICIPANT : account.participantId()),
                // a sign-in mapping: its institution's participant; one without an institution places the people it
                // lets in at home, so it is the home participant's (OidcMappings.ownerOf)
                "/admin/users/sign-in-mappings/{}", (id, address) -> mappings.ownerOfMapping(Long.parseLong(id)),
                // an API token under /account/tokens is always the reader's own (the api module answers 404 for
                // anyone else's, whatever their participant), so it is of the reader's participant
                "/account/tokens/{}", (id, address) -> scope.narrowedTo(),
                // a participant is its own; its pages are the installation's administrator's anyway
                "/admin/participants/{}", (id, address) -> participants.findById(Long.parseLong(id)).map(Participant::id));
    }
}
