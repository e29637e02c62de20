package org.ariadne.security;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ariadne.api.ApiTokenCommand;
import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.support.TestDatabase;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID provider: a Spring Authorization Server started by the test as a separate
 * application on its own port (as Keycloak or Entra ID would be), with Ariadne registered as its client and a few
 * people. A real HTTP client with a cookie jar follows the redirects between the two as a browser does. Ariadne here
 * offers no password form ({@code local-sign-in=false}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class OidcSignInIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String PASSWORD = "provider-password";
    private static final String ARIADNE_SECRET = "ariadne-client-secret";
    /** Each system's own secret (the provider refuses two clients with one). */
    private static String secretOf(String clientId) {
        return "secret-of-" + clientId;
    }

    // the people the provider knows; only the administrator has an Ariadne account before the test
    private static final String ADMIN = Unique.username("sso-admin");
    private static final String FOCAL = Unique.username("sso-focal");
    private static final String STRANGER = Unique.username("sso-stranger");
    private static final String GROUP = Unique.username("police-reporting-");
    // a system calling the API with the provider's client-credentials tokens, and one no mapping lets in
    private static final String SYSTEM = Unique.username("police-system-");
    private static final String UNMAPPED_SYSTEM = Unique.username("unknown-system-");

    private static ConfigurableApplicationContext provider;
    private static String issuer;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OidcMappings mappings;
    @Autowired
    ApiTokens tokens;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    JdbcClient jdbc;

    ReportingFixture plan;
    PeriodView period;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        provider = new SpringApplicationBuilder(Provider.class)
                // its own (empty) configuration, not Ariadne's application.yml
                .properties("spring.config.name=oidc-provider", "server.port=0",
                        // Ariadne and the provider share a host here: their session cookies must not collide
                        "server.servlet.session.cookie.name=PROVIDER_SESSION", "spring.main.banner-mode=off",
                        "logging.level.root=warn")
                .run();
        issuer = "http://localhost:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
        registry.add("ariadne.security.oidc.issuer-uri", () -> issuer);
        registry.add("ariadne.security.oidc.client-id", () -> "ariadne");
        registry.add("ariadne.security.oidc.client-secret", () -> ARIADNE_SECRET);
        registry.add("ariadne.security.oidc.display-name", () -> "Ministry login");
        registry.add("ariadne.security.local-sign-in", () -> "false");
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void setUp() {
        // Ariadne's address is known only now: its registration at the provider names it
        provider.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient.withId("ariadne")
                .clientId("ariadne").clientSecret("{noop}" + ARIADNE_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1:" + port + "/login/oauth2/code/ariadne")
                .scopes(scopes -> scopes.addAll(List.of("openid", "profile", "email")))
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        if (!accounts.exists(ADMIN)) {
            accounts.createAtStartUp(new UserCommand(ADMIN, "Sso Administrator", null, null,
                    EnumSet.of(Role.ADMINISTRATOR), null, true, "Local-password-never-used-2026"));
        }
    }

    @Test
    void theSignInPageOffersTheProviderAndNoPasswordFormAndAPostedFormIsRefused() throws Exception {
        var browser = new Browser();
        var page = browser.get("/login");
        assertThat(page.body()).contains("Sign in with Ministry login").contains("/oauth2/authorization/ariadne")
                .doesNotContain("name=\"password\"");

        // the administrator's account has a password, but the form is switched off
        var posted = browser.post(url("/login"), Map.of("username", ADMIN,
                "password", "Local-password-never-used-2026"));
        assertThat(posted.statusCode()).isEqualTo(403);
        assertThat(browser.get("/admin/users").uri().getPath()).as("still not signed in").isEqualTo("/login");
    }

    @Test
    void theAdministratorLetsAGroupInAndItsMemberLandsAsThePolicesFocalPoint() throws Exception {
        var admin = new Browser();
        var adminHome = admin.signIn(ADMIN);
        // an administrator's home is the users' list
        assertThat(adminHome.uri()).isEqualTo(URI.create(url("/admin/users")));
        assertThat(adminHome.body()).contains("/admin/users/sign-in-mappings");

        var mappingsPage = admin.get("/admin/users/sign-in-mappings");
        assertThat(mappingsPage.statusCode()).isEqualTo(200);
        var saved = admin.post(url("/admin/users/sign-in-mappings"), Map.of("_csrf", csrf(mappingsPage.body()),
                "kind", "GROUP", "value", GROUP, "roles", "FOCAL_POINT", "institutionId", Long.toString(plan.police)));
        assertThat(saved.uri().getPath()).isEqualTo("/admin/users/sign-in-mappings");
        assertThat(saved.body()).contains(GROUP);
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'sign-in-mapping' and actor = ?")
                .param(ADMIN).query(String.class).list()).containsExactly("CREATED");

        var focal = new Browser();
        var landed = focal.signIn(FOCAL);
        // a focal point's home: their institution's reports
        assertThat(landed.uri()).isEqualTo(URI.create(url("/reporting")));
        assertThat(landed.statusCode()).isEqualTo(200);
        var account = accounts.loadUserByUsername(FOCAL);
        assertThat(account.roles()).containsExactly(Role.FOCAL_POINT);
        assertThat(account.institutionId()).isEqualTo(plan.police);
        assertThat(jdbc.sql("select last_login_at from user_account where id = ?").param(account.id())
                .query(java.time.LocalDateTime.class).single()).as("the sign-in is recorded as the form's").isNotNull();
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'user' and entity_id = ?")
                .param(account.id()).query(String.class).list()).as("the account made by the sign-in is on the trail")
                .containsExactly(OidcSignIn.ACTOR);

        // what a focal point sees: their institution's report, not another's, and no administration
        var ownReport = "/reporting/" + period.id() + "/institutions/" + plan.police;
        assertThat(focal.get(ownReport).statusCode()).isEqualTo(200);
        assertThat(focal.get("/reporting/" + period.id() + "/institutions/" + plan.shelter).statusCode())
                .isIn(403, 404);
        assertThat(focal.get("/admin/users").statusCode()).isEqualTo(403);

        // signing out ends the Ariadne session
        var signedOut = focal.post(url("/logout"), Map.of("_csrf", csrf(focal.get(ownReport).body())));
        assertThat(signedOut.uri().toString()).isEqualTo(url("/login?logout"));
        assertThat(focal.get(ownReport).uri().getPath()).isEqualTo("/login");
    }

    @Test
    void aPersonNoRuleLetsInIsRefusedInTheirLanguageAndGetsNoAccount() throws Exception {
        var stranger = new Browser();
        stranger.get("/login?lang=sq");
        var refused = stranger.signIn(STRANGER);

        assertThat(refused.uri().getPath()).isEqualTo("/login/refused");
        assertThat(refused.body()).contains("Ofruesi i identitetit ju njeh, por Ariadne nuk ka llogari për ju");
        assertThat(accounts.exists(STRANGER)).isFalse();
        assertThat(stranger.get("/").uri().getPath()).isEqualTo("/login");
    }

    @Test
    void theProvidersTokensCallTheApiUnderTheRulesOfTheAccountTheyAreMappedTo() throws Exception {
        // the shelter's system, as the administrator lets it in
        asAdministrator(() -> mappings.add(new OidcMappings.Command(OidcMapping.Kind.SUBJECT, SYSTEM,
                EnumSet.of(Role.FOCAL_POINT), plan.shelter)));
        var token = clientCredentials(SYSTEM, "ariadne.write");
        var api = HttpClient.newHttpClient();

        var read = api.send(bearer("/api/v1/plans/" + plan.planId, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("A1.1.1");
        var me = api.send(bearer("/api/v1/me", token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"username\":\"" + SYSTEM + "\"").contains("FOCAL_POINT")
                .contains("READ_WRITE");

        // the police's report is not the shelter's to write
        var report = "/api/v1/reports/" + period.id() + "/institutions/" + plan.police;
        var write = api.send(bearer(report, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"activities": [{"activityCode": "A1.1.1", "status": "STARTED", "narrative": "Not ours"}]}
                        """)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(write.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and entity_type like 'report%'")
                .param(SYSTEM).query(Long.class).single()).as("nothing changed").isZero();

        // a system no mapping lets in, and a token that is not the provider's, are not signed in
        var unmapped = api.send(bearer("/api/v1/plans", clientCredentials(UNMAPPED_SYSTEM, "ariadne.write")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unmapped.statusCode()).isEqualTo(401);
        var forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        assertThat(api.send(bearer("/api/v1/plans", forged).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(401);

        // the personal access tokens go on working beside the provider's
        var focal = Unique.username("sso-token");
        accounts.createAtStartUp(new UserCommand(focal, "Token holder", null, plan.police,
                EnumSet.of(Role.FOCAL_POINT), null, true, "Token-holder-password-2026"));
        var personal = as(focal, () -> tokens.create(new ApiTokenCommand("test", TokenScope.READ,
                LocalDate.now().plusDays(5))).token());
        assertThat(api.send(bearer("/api/v1/plans/" + plan.planId, personal).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder bearer(String path, String token) {
        return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token);
    }

    /** An access token from the provider's token endpoint, as a system gets one (no person involved). */
    private static String clientCredentials(String clientId, String scope) throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((clientId + ":" + secretOf(clientId)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=" + scope)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        var token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private void asAdministrator(Runnable work) {
        as(ADMIN, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        var user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String csrf(String page) {
        var token = CSRF.matcher(page);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** A browser: a cookie jar, following redirects between Ariadne and the provider, asking for pages. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : url(path))).GET());
        }

        HttpResponse<String> post(String address, Map<String, String> form) throws Exception {
            var body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(address))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.header("Accept", "text/html,application/xhtml+xml").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The button on Ariadne's sign-in page, the provider's own sign-in form, and back: where it lands. */
        HttpResponse<String> signIn(String username) throws Exception {
            var providerLogin = get("/oauth2/authorization/ariadne");
            assertThat(providerLogin.uri().toString()).as("at the provider's sign-in page").startsWith(issuer + "/login");
            var fields = new LinkedHashMap<String, String>();
            fields.put("username", username);
            fields.put("password", PASSWORD);
            fields.put("_csrf", csrf(providerLogin.body()));
            return post(issuer + "/login", fields);
        }
    }

    /**
     * The identity provider: Spring Authorization Server with Boot's configuration of it (its endpoints, discovery,
     * keys, and a sign-in form), and only the auto-configuration a web server needs, so that nothing of Ariadne's
     * (database, Flyway, pages) starts in it. Not a {@code @Configuration}: Ariadne's component scan must never find it.
     */
    @ImportAutoConfiguration({
            org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
            org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet
                    .OAuth2AuthorizationServerAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet
                    .OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class Provider {

        @Bean
        InMemoryRegisteredClientRepository registeredClients() {
            // the two systems; Ariadne is registered by the test once its port is known
            return new InMemoryRegisteredClientRepository(system(SYSTEM), system(UNMAPPED_SYSTEM));
        }

        private static RegisteredClient system(String clientId) {
            return RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                    .clientSecret("{noop}" + secretOf(clientId))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope("ariadne.write")
                    .build();
        }

        @Bean
        UserDetailsService people() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(ADMIN).password("{noop}" + PASSWORD).authorities("GROUP_it").build(),
                    User.withUsername(FOCAL).password("{noop}" + PASSWORD).authorities("GROUP_" + GROUP).build(),
                    User.withUsername(STRANGER).password("{noop}" + PASSWORD).authorities("GROUP_visitors").build());
        }

        /** What Keycloak puts in its ID tokens and Entra ID can: the user name, e-mail, name and groups. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                var person = context.getPrincipal();
                context.getClaims().claim("preferred_username", person.getName())
                        .claim("email", person.getName() + "@ministry.example")
                        .claim("name", "Person " + person.getName())
                        .claim("groups", person.getAuthorities().stream().map(a -> a.getAuthority())
                                .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring("GROUP_".length()))
                                .toList());
            };
        }
    }
}
