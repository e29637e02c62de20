package org.ariadne.api.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.api.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts each token's calls ({@link RateLimiter}); a call over the limit is answered 429 with {@code Retry-After}
 * (seconds) and does nothing. Every answer says the limit and what is left ({@code RateLimit-Limit},
 * {@code RateLimit-Remaining}).
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;
    private final Problems problems;

    RateLimitFilter(RateLimiter limiter, Problems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    /** What a token's calls are counted under. */
    static String keyOf(long tokenId) {
        return "token:" + tokenId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        String key;
        if (caller instanceof TokenAuthentication token) {
            key = keyOf(token.token().tokenId());
        } else if (caller instanceof OidcBearerAuthentication bearer) {
            // the identity provider's tokens are renewed every few minutes: counted per account instead
            key = "oidc:" + bearer.getPrincipal().id();
        } else {
            chain.doFilter(request, response);
            return;
        }
        var decision = limiter.tryAcquire(key);
        response.setHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        response.setHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(request, response, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    problems.locale(request), "api.problem.rate-limited.detail", decision.limit(), seconds));
            return;
        }
        chain.doFilter(request, response);
    }
}
