package org.ariadne.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a request (or the current thread) in as a person with the given roles, without going through the
 * login form. Only for tests; the person does not need to exist in the database.
 */
public final class TestSignIn {

    private static final AtomicLong IDS = new AtomicLong(1_000_000);

    private TestSignIn() {
    }

    public static SignedInUser user(String username, Long institutionId, Role... roles) {
        Set<Role> granted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        return new SignedInUser(IDS.incrementAndGet(), username, "Test " + username, "", institutionId, granted, true,
                false, false);
    }

    /** A person of the given participant (null: one who works across participants, as the regional body's staff). */
    public static SignedInUser userOf(Long participantId, String username, Long institutionId, Role... roles) {
        Set<Role> granted = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(roles));
        return new SignedInUser(IDS.incrementAndGet(), username, "Test " + username, "", institutionId, participantId,
                granted, true, false, false, null);
    }

    public static RequestPostProcessor as(Role... roles) {
        return as(user(roles.length == 0 ? "nobody" : roles[0].name().toLowerCase(java.util.Locale.ROOT), null, roles));
    }

    public static RequestPostProcessor as(SignedInUser user) {
        return authentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** For calling services directly: runs the rest of the test on this thread as that person. */
    public static void onThisThread(Role... roles) {
        var user = user(roles.length == 0 ? "nobody" : roles[0].name().toLowerCase(java.util.Locale.ROOT), null, roles);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }
}
