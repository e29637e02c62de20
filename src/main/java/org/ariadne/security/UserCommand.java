package org.ariadne.security;

import java.time.LocalDate;
import java.util.Set;

import org.ariadne.common.participant.ParticipantScope;

/**
 * What an administrator sets on an account. {@code password} is only used when creating. {@code participantId} is the
 * participant the person works for (issue 19), null for one who works across participants; only the installation's
 * administrator chooses it, a participant's administrator makes and keeps accounts of its own participant.
 */
public record UserCommand(String username, String fullName, String email, Long institutionId, Set<Role> roles,
        LocalDate accessUntil, boolean enabled, String password, Long participantId) {

    /** An account of the home participant, as every account was before there were several. */
    public UserCommand(String username, String fullName, String email, Long institutionId, Set<Role> roles,
            LocalDate accessUntil, boolean enabled, String password) {
        this(username, fullName, email, institutionId, roles, accessUntil, enabled, password, ParticipantScope.HOME);
    }
}
