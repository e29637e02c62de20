package org.ariadne.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * A user account as the administrator sees it (never the password); {@code participantId} null for a person who works
 * across participants.
 */
public record UserView(long id, int version, String username, String fullName, String email, Long institutionId,
        Set<Role> roles, boolean enabled, boolean locked, int failedLogins, LocalDateTime lastLoginAt,
        LocalDate accessUntil, String preferredLocale, Long participantId) {
}
