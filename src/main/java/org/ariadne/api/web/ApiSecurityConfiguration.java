package org.ariadne.api.web;

import java.util.Locale;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.RateLimiter;
import org.ariadne.security.OidcBearerTokens;
import org.ariadne.security.UserAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's own security, ahead of the pages' ({@code security.SecurityConfiguration}): {@code /api/**} and the
 * OpenAPI description. Stateless: no session is read or made, so no browser session can ride on a call and CSRF
 * tokens have nothing to protect (bearer tokens are never sent by a browser on its own). Reads need any valid token,
 * writes a read and write token; what a caller may read or write beyond that is decided by the facades, as for the
 * pages. While single sign-on is configured, the identity provider's tokens (JWTs) are accepted too
 * ({@code oauth2ResourceServer().jwt()}, {@link OidcBearerTokens}): bearer tokens without the {@code ari_} prefix are
 * left for it.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** Answers of the API are data, never a page: nothing may load from them. */
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * Swagger UI sets style attributes on the elements it draws (React inline styles), which the pages' policy
     * ({@code style-src 'self'}) blocks: the page would lose its layout. Only for the documentation page, styles in
     * attributes are allowed; scripts stay same-origin files only, as everywhere.
     */
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'";

    static final String[] DOCS = {"/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, UserAccounts accounts, RateLimiter limiter,
            Problems problems, ObjectProvider<OidcBearerTokens> oidcBearers) throws Exception {
        var docs = matcher(DOCS);
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                    problems.locale(request), "api.problem.unauthorized.detail"));
        };
        http.securityMatcher(new OrRequestMatcher(matcher("/api", "/api/**"), docs))
                .authorizeHttpRequests(requests -> requests
                        // the description of the API is documentation, the same for everyone; the data is not
                        .requestMatchers(docs).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(TokenAuthentication.READ)
                        .requestMatchers("/api/v1/**").hasAuthority(TokenAuthentication.WRITE)
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docs,
                                new StaticHeadersWriter("Content-Security-Policy", DOCS_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docs),
                                new StaticHeadersWriter("Content-Security-Policy", API_POLICY))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, exception) -> {
                            Locale locale = problems.locale(request);
                            var caller = org.springframework.security.core.context.SecurityContextHolder
                                    .getContext().getAuthentication();
                            boolean readOnly = caller instanceof TokenAuthentication token
                                    && !token.token().scope().mayWrite()
                                    || caller instanceof OidcBearerAuthentication bearer && !bearer.mayWrite();
                            problems.write(request, response, problems.problem(HttpStatus.FORBIDDEN, "forbidden",
                                    locale, readOnly ? "api.problem.read-only.detail" : "api.problem.forbidden.detail"));
                        }))
                .addFilterBefore(new TokenAuthenticationFilter(tokens, accounts, problems),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limiter, problems), TokenAuthenticationFilter.class);
        var oidc = oidcBearers.getIfAvailable();
        if (oidc != null) {
            // the identity provider's tokens (JWTs); ours (ari_) stay with TokenAuthenticationFilter
            var standard = new DefaultBearerTokenResolver();
            BearerTokenResolver notOurs = request -> {
                var presented = standard.resolve(request);
                return presented == null || presented.startsWith(ApiTokens.PREFIX) ? null : presented;
            };
            http.oauth2ResourceServer(server -> server
                    .bearerTokenResolver(notOurs)
                    .authenticationEntryPoint(unauthorized)
                    .jwt(jwt -> jwt.decoder(oidc.decoder()).jwtAuthenticationConverter(token -> {
                        var caller = oidc.caller(token).orElseThrow(() -> new InvalidBearerTokenException(
                                "The token's subject has no account in Ariadne"));
                        return new OidcBearerAuthentication(caller, token, oidc.mayWrite(token));
                    })));
        }
        return http.build();
    }

    private static RequestMatcher matcher(String... patterns) {
        var builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(java.util.Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p))
                .toList());
    }
}
