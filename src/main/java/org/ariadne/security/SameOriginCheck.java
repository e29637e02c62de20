package org.ariadne.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a change (any method but GET, HEAD, OPTIONS, TRACE) that a browser says comes from another site, even
 * with a valid CSRF token: a second lock behind the token, should one ever leak. The browser's {@code Origin} says
 * where the form was; without it, the {@code Referer}. A request with neither (a script, an old browser) is left to
 * the CSRF token. This site is the address the request was made to (behind a trusted proxy, the one the proxy was
 * asked for); {@code ariadne.security.allowed-origins} adds others (a second host name).
 */
class SameOriginCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowed;

    SameOriginCheck(List<String> allowedOrigins) {
        this.allowed = allowedOrigins == null ? Set.of() : allowedOrigins.stream()
                .map(SameOriginCheck::originOf)
                .filter(origin -> origin != null)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            var claimed = request.getHeader(HttpHeaders.ORIGIN);
            var from = claimed != null ? claimed : request.getHeader(HttpHeaders.REFERER);
            if (from != null && !isThisSite(originOf(from), request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean isThisSite(String origin, HttpServletRequest request) {
        if (origin == null) {
            // "null" (a sandboxed frame, a file) or not an address at all
            return false;
        }
        var self = normalise(request.getScheme(), request.getServerName(), request.getServerPort());
        return origin.equals(self) || allowed.contains(origin);
    }

    /** {@code scheme://host[:port]} of an address, lower case, without the scheme's default port; null if none. */
    static String originOf(String address) {
        try {
            var uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            return normalise(uri.getScheme(), uri.getHost(), uri.getPort());
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String normalise(String scheme, String host, int port) {
        var lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || "http".equals(lowerScheme) && port == 80
                || "https".equals(lowerScheme) && port == 443;
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
