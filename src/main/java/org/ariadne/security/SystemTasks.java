package org.ariadne.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work nobody clicked on (nightly jobs, start-up tasks) as the named system user, so that the services'
 * role checks pass and the audit trail says who did it.
 */
public final class SystemTasks {

    private SystemTasks() {
    }

    public static <T> T call(String name, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(name, null,
                List.of(new SimpleGrantedAuthority(Role.ME_OFFICER.authority()),
                        new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /**
     * Runs work as a named person with the given roles and institution, e.g. the demo data filling reports the way
     * an institution's focal point would. Not for requests: only for start-up tasks.
     */
    public static <T> T callAs(String username, Long institutionId, java.util.Set<Role> roles, Supplier<T> work) {
        return callAs(username, institutionId, org.ariadne.common.participant.ParticipantScope.HOME, roles, work);
    }

    /** As {@link #callAs(String, Long, java.util.Set, Supplier)}, for a person of the given participant. */
    public static <T> T callAs(String username, Long institutionId, Long participantId, java.util.Set<Role> roles,
            Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var user = new SignedInUser(0, username, username, "", institutionId, participantId, roles, true, false, false,
                null);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    public static void run(String name, Runnable work) {
        call(name, () -> {
            work.run();
            return null;
        });
    }
}
