package org.ariadne.security;

import java.time.LocalDate;
import java.util.Set;

/** What an administrator sets on an account. {@code password} is only used when creating. */
public record UserCommand(String username, String fullName, String email, Long institutionId, Set<Role> roles,
        LocalDate accessUntil, boolean enabled, String password) {
}
