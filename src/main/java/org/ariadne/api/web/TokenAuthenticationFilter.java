package org.ariadne.api.web;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenHolder;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.UserAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises {@code Authorization: Bearer ari_…}: a token of ours that is neither expired nor revoked, whose owner's
 * account is still enabled and still belongs to the institution the token was made for, makes the call its owner's
 * (their account read afresh, so a role taken away yesterday is gone today). Any other {@code ari_} token is answered
 * 401 at once. A bearer token without the prefix is left alone, for an OIDC resource server added to the same chain
 * later; without one, the call stays anonymous and the chain answers 401.
 */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final Problems problems;

    TokenAuthenticationFilter(ApiTokens tokens, UserAccounts accounts, Problems problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var presented = header.substring(BEARER.length()).strip();
        if (!presented.startsWith(ApiTokens.PREFIX)) {
            chain.doFilter(request, response);
            return;
        }
        var holder = tokens.authenticate(presented);
        var user = holder.flatMap(this::owner);
        if (user.isEmpty()) {
            var locale = problems.locale(request);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", locale,
                    "api.problem.token-invalid.detail"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(user.get(), holder.get()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.util.Optional<SignedInUser> owner(TokenHolder token) {
        try {
            var user = accounts.loadUserByUsername(token.username());
            user.eraseCredentials();
            boolean allowed = user.isEnabled() && user.isAccountNonExpired()
                    && Objects.equals(user.institutionId(), token.institutionId());
            return allowed ? java.util.Optional.of(user) : java.util.Optional.empty();
        } catch (UsernameNotFoundException gone) {
            return java.util.Optional.empty();
        }
    }
}
