package org.ariadne.security;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Same-origin resources only: no inline script, so injected text can never run. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccounts accounts, LoginThrottle throttle,
            LocaleResolver localeResolver, JdbcClient jdbc, SecurityProperties properties, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${management.server.port:-1}") int managementPort,
            org.springframework.beans.factory.ObjectProvider<
                    org.springframework.security.oauth2.client.registration.ClientRegistrationRepository> registrations,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.oauth2.client.userinfo
                    .OAuth2UserService<org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest,
                    org.springframework.security.oauth2.core.oidc.user.OidcUser>> oidcUsers)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/refused", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness", "/error")
                        .permitAll()
                        // the metrics for the scraper, only on the management port (management.server.port), which
                        // the operator keeps on an internal address; on the application's port they are the
                        // administrator's, as every other actuator endpoint below
                        .requestMatchers(onManagementPort(managementPort)).permitAll()
                        // the public portal: only what the coordinator published (publication module), for anyone
                        .requestMatchers("/portal", "/portal/**")
                        .permitAll()
                        // stakeholders: an outside organisation's single-use consultation link, for whoever holds it
                        // (stakeholders.Consultations answers only a valid token, and only until it is used or expires)
                        .requestMatchers("/consult/*")
                        .permitAll()
                        // the register's statistics: aggregates only, exact for the office, protected for members and
                        // evaluators (victimdata.VictimStatistics decides which); before any rule for the register itself
                        .requestMatchers("/victim-data/statistics", "/victim-data/statistics/**")
                        .hasAnyRole(Role.VICTIM_DATA_OFFICER.name(), Role.COORDINATOR.name(), Role.ME_OFFICER.name(),
                                Role.MEMBER.name(), Role.EVALUATOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        // the victim register: case-level data for victim-data officers only (the register's facade
                        // checks the role again); its access log also for the coordinator, who reviews it
                        .requestMatchers("/victim-data/cases", "/victim-data/cases/**", "/victim-data/cases.*")
                        .hasRole(Role.VICTIM_DATA_OFFICER.name())
                        .requestMatchers("/victim-data/access-log", "/victim-data/access-log.*")
                        .hasAnyRole(Role.VICTIM_DATA_OFFICER.name(), Role.COORDINATOR.name())
                        // versions: the coordinator adopts a revision, the office opens it and drops activities in it
                        // (plan.PlanVersions checks again); reading versions is as reading the plan
                        .requestMatchers("/plans/*/versions/revision/adopt").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/plans/*/versions/revision",
                                "/plans/*/versions/revision/**")
                        .hasAnyRole(Role.ME_OFFICER.name(), Role.COORDINATOR.name())
                        // strategy: the coordinator creates and changes strategies (strategy.Strategies checks again)
                        .requestMatchers("/strategies/new", "/strategies/*/edit").hasRole(Role.COORDINATOR.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/strategies/**")
                        .hasRole(Role.COORDINATOR.name())
                        // only health is exposed (application.yml); anything exposed later is the administrator's
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.ADMINISTRATOR.name())
                        // finance: commitments and exchange rates are kept by the coordinator and the M&E officer
                        // (finance.Funding checks again); the finance page, the donor round and the rates are read by
                        // everyone signed in, as the budget page
                        .requestMatchers("/plans/*/commitments/**", "/commitments/**")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ME_OFFICER.name())
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/finance/rates", "/finance/rates/**")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ME_OFFICER.name())
                        // risks: the register and the scenarios are read by everyone signed in (as the plan); the
                        // office keeps them; only the coordinator activates or deactivates a scenario
                        .requestMatchers("/scenarios/*/activate", "/scenarios/*/deactivate")
                        .hasRole(Role.COORDINATOR.name())
                        .requestMatchers("/plans/*/risks/new", "/risks/*/edit", "/risks/*/delete", "/risks/*/reviewed",
                                "/plans/*/scenarios/new", "/plans/*/scenarios/usual", "/scenarios/*/edit",
                                "/scenarios/*/delete")
                        .hasAnyRole(Role.ME_OFFICER.name(), Role.COORDINATOR.name())
                        // operationalplan: the operational plans are read by whoever reads the plan (everyone signed in);
                        // the facade checks who drafts (M&E officer) and who approves (coordinator)
                        .requestMatchers("/plans/*/operational-plans", "/plans/*/operational-plans/**").authenticated()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new SameOriginCheck(properties.allowedOrigins()), CsrfFilter.class)
                .addFilterBefore(throttleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountSessionCheck(jdbc, accounts, properties, clock), AuthorizationFilter.class);
        if (properties.localSignIn()) {
            http.formLogin(form -> form
                    .loginPage("/login")
                    .successHandler(successHandler(accounts, throttle, localeResolver, clock))
                    .failureHandler(failureHandler(accounts, throttle))
                    .permitAll());
        } else {
            // only the identity provider signs people in: a posted form is refused, whatever it holds
            http.addFilterBefore(localSignInOff(), CsrfFilter.class);
        }
        var provider = registrations.getIfAvailable();
        if (provider != null) {
            http.oauth2Login(login -> login
                    .loginPage("/login")
                    .clientRegistrationRepository(provider)
                    .userInfoEndpoint(info -> info.oidcUserService(oidcUsers.getObject()))
                    .successHandler(oidcSuccessHandler(accounts, localeResolver, clock))
                    .failureHandler(oidcFailureHandler())
                    .permitAll());
        }
        return http.build();
    }

    /**
     * Argon2id for new passwords, the OWASP first choice, with OWASP's minimum cost (19 MiB, 2 iterations, 1 lane):
     * Spring's defaults (16 MiB) are below it. About 60 ms a sign-in on this project's 2-core machine. Hashes made
     * with Spring's defaults, and BCrypt hashes made elsewhere, still verify (each hash carries its parameters).
     * At most {@link PasswordHashing#permits()} hashes run at once (see there).
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashing hashing) {
        var encoders = new HashMap<String, PasswordEncoder>();
        var argon2 = "argon2id@owasp";
        encoders.put(argon2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2));
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return hashing.bound(new DelegatingPasswordEncoder(argon2, encoders));
    }

    /**
     * Checks the password first and only then the account's state, so that whether an account exists, is switched
     * off or has expired is told only to someone who knows its password: without it every answer is "bad". An unknown
     * name is checked against a dummy hash, so it takes as long as a known one.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    /** A request for /actuator/prometheus that came in on the separate management port, if one is set. */
    private static RequestMatcher onManagementPort(int managementPort) {
        RequestMatcher prometheus = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/actuator/prometheus");
        return request -> managementPort > 0 && request.getLocalPort() == managementPort && prometheus.matches(request);
    }

    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(UserAccounts accounts,
            LoginThrottle throttle, LocaleResolver localeResolver, Clock clock) {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws IOException, ServletException {
                accounts.recordSuccessfulLogin(authentication.getName());
                throttle.recordSuccess(authentication.getName(), request.getRemoteAddr());
                request.getSession().setAttribute(AccountSessionCheck.SIGNED_IN_AT, clock.millis());
                accounts.preferredLocale(authentication.getName())
                        .ifPresent(tag -> localeResolver.setLocale(request, response, Locale.forLanguageTag(tag)));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /**
     * A person the identity provider vouched for and Ariadne let in ({@link OidcSignIn}): from here on the session holds
     * their account, as after the form, so that {@link CurrentUser}, {@link AccountSessionCheck} and the absolute
     * lifetime treat both alike; the sign-in is recorded on the account as the form's is.
     */
    private static SavedRequestAwareAuthenticationSuccessHandler oidcSuccessHandler(UserAccounts accounts,
            LocaleResolver localeResolver, Clock clock) {
        var sessions = new org.springframework.security.web.context.HttpSessionSecurityContextRepository();
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    org.springframework.security.core.Authentication authentication)
                    throws IOException, ServletException {
                var account = ((OidcConfiguration.AccountOidcUser) authentication.getPrincipal()).account();
                var signedIn = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        account, null, account.getAuthorities());
                signedIn.setDetails(authentication.getDetails());
                var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                context.setAuthentication(signedIn);
                org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
                accounts.recordSuccessfulLogin(account.getUsername());
                request.getSession().setAttribute(AccountSessionCheck.SIGNED_IN_AT, clock.millis());
                accounts.preferredLocale(account.getUsername())
                        .ifPresent(tag -> localeResolver.setLocale(request, response, Locale.forLanguageTag(tag)));
                super.onAuthenticationSuccess(request, response, signedIn);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /** Refused by Ariadne (unknown, switched off, access ended) or by the provider: a page that says which. */
    private static AuthenticationFailureHandler oidcFailureHandler() {
        return (request, response, exception) -> {
            var reason = "provider";
            if (exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException refused
                    && refused.getError().getErrorCode().startsWith(OidcConfiguration.REFUSED)) {
                reason = refused.getError().getErrorCode().substring(OidcConfiguration.REFUSED.length());
            }
            response.sendRedirect(request.getContextPath() + "/login/refused?reason=" + reason);
        };
    }

    private static OncePerRequestFilter localSignInOff() {
        RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (signIn.matches(request)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    private static AuthenticationFailureHandler failureHandler(UserAccounts accounts, LoginThrottle throttle) {
        return (request, response, exception) -> {
            String reason;
            if (exception instanceof LockedException) {
                reason = "locked";
            } else if (exception instanceof DisabledException) {
                reason = "disabled";
            } else if (exception instanceof AccountExpiredException) {
                reason = "expired";
            } else {
                reason = "bad";
                accounts.recordFailedLogin(request.getParameter("username"));
                throttle.recordFailure(request.getParameter("username"), request.getRemoteAddr());
            }
            throttle.recordFailure(request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    private static OncePerRequestFilter throttleFilter(LoginThrottle throttle) {
        // matched like the login filter matches a sign-in (path within the application), not by the servlet path,
        // which is "/login" only while the dispatcher servlet is mapped to "/"
        RequestMatcher signIn = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (signIn.matches(request) && throttle.isBlocked(request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/login?error=throttled");
                    return;
                }
                // the same answer whether an account has the name or not: the name is held, not the account
                if (signIn.matches(request)
                        && throttle.isHeldBack(request.getParameter("username"), request.getRemoteAddr())) {
                    response.sendRedirect(request.getContextPath() + "/login?error=locked");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
