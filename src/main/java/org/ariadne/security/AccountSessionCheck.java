package org.ariadne.security;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a session follow its account: on every request the signed-in person's account is read again (one row by its
 * key), and the session ends at once when the administrator has disabled the account, its access has ended, or its
 * password has been reset, and when it was signed in longer ago than the absolute lifetime. Any other change to the
 * account (roles, institution) takes effect on the next request with the new rights. The user's own password change
 * keeps their own session (the change updates it) and ends their others.
 */
class AccountSessionCheck extends OncePerRequestFilter {

    /** When the session was signed in (milliseconds), set at sign-in: the absolute lifetime counts from it. */
    static final String SIGNED_IN_AT = AccountSessionCheck.class.getName() + ".SIGNED_IN_AT";

    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    AccountSessionCheck(JdbcClient jdbc, UserAccounts accounts, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        // a person a test makes up has no account version; everyone who signed in through the form has one
        if (before != null && before.getPrincipal() instanceof SignedInUser user && user.accountVersion() != null) {
            var current = check(request, user);
            if (current.isEmpty()) {
                end(request);
            } else if (current.get() != user) {
                var refreshed = new UsernamePasswordAuthenticationToken(current.get(), null,
                        current.get().getAuthorities());
                refreshed.setDetails(before.getDetails());
                context.setAuthentication(refreshed);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
        // the user changed their own password: their session carries the new one, so it stays signed in
        var after = SecurityContextHolder.getContext().getAuthentication();
        if (after != null && after != before && before != null && after.getPrincipal() instanceof SignedInUser changed
                && before.getPrincipal() instanceof SignedInUser user && changed.id() == user.id()
                && request.getSession(false) != null) {
            sessions.saveContext(SecurityContextHolder.getContext(), request, response);
        }
    }

    /** The person as the session may go on with them (the same object when nothing changed), or empty to end it. */
    private Optional<SignedInUser> check(HttpServletRequest request, SignedInUser user) {
        var session = request.getSession(false);
        // every sign-in through the form sets it; a person a test signs in directly has none
        var signedInAt = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        if (signedInAt instanceof Long at && clock.millis() - at > properties.sessionLifetime().toMillis()) {
            return Optional.empty();
        }
        var state = jdbc.sql("select version, enabled, access_until from user_account where id = ?")
                .param(user.id())
                .query((row, index) -> new State(row.getInt("version"), row.getBoolean("enabled"),
                        row.getObject("access_until", LocalDate.class)))
                .optional();
        if (state.isEmpty() || !state.get().enabled()
                || state.get().accessUntil() != null && LocalDate.now(clock).isAfter(state.get().accessUntil())) {
            return Optional.empty();
        }
        if (user.accountVersion() == state.get().version()) {
            return Optional.of(user);
        }
        // changed since the session read it (also by a sign-in elsewhere): read it whole and take its present rights
        return accounts.signedInUser(user.id())
                .filter(fresh -> fresh.isEnabled() && fresh.isAccountNonExpired())
                .filter(fresh -> fresh.passwordStamp().equals(user.passwordStamp()));
    }

    private static void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    private record State(int version, boolean enabled, LocalDate accessUntil) {
    }
}
