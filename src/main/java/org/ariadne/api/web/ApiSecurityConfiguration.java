package org.ariadne.api.web;

import java.util.Locale;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.RateLimiter;
import org.ariadne.security.UserAccounts;
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
 * pages. An OIDC resource server ({@code oauth2ResourceServer().jwt()}) can be added to this chain: bearer tokens
 * without the {@code ari_} prefix are left for it.
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
            Problems problems) throws Exception {
        var docs = matcher(DOCS);
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
                        .authenticationEntryPoint((request, response, exception) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            problems.write(request, response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized",
                                    problems.locale(request), "api.problem.unauthorized.detail"));
                        })
                        .accessDeniedHandler((request, response, exception) -> {
                            Locale locale = problems.locale(request);
                            boolean readOnly = org.springframework.security.core.context.SecurityContextHolder
                                    .getContext().getAuthentication() instanceof TokenAuthentication caller
                                    && !caller.token().scope().mayWrite();
                            problems.write(request, response, problems.problem(HttpStatus.FORBIDDEN, "forbidden",
                                    locale, readOnly ? "api.problem.read-only.detail" : "api.problem.forbidden.detail"));
                        }))
                .addFilterBefore(new TokenAuthenticationFilter(tokens, accounts, problems),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new RateLimitFilter(limiter, problems), TokenAuthenticationFilter.class);
        return http.build();
    }

    private static RequestMatcher matcher(String... patterns) {
        var builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(java.util.Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p))
                .toList());
    }
}
