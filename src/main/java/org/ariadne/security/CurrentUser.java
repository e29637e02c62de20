package org.ariadne.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in for the current request. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public static SignedInUser required() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }

    public static boolean has(Role role) {
        return get().map(user -> user.has(role)).orElse(false);
    }
}
