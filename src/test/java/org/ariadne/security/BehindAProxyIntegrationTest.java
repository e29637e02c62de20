package org.ariadne.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.ariadne.support.TestDatabase;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the real server, as a reverse proxy on this machine (a trusted one) reaches it: the scheme and the client's
 * address it forwards count, so HTTPS gets HSTS and a Secure session cookie, and password guessing is throttled per
 * client rather than for everyone behind the proxy. Addresses a client puts in front of the list itself count for
 * nothing. Same set-up as the browser tests, so it shares their server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class BehindAProxyIntegrationTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsAtTheProxyGivesHstsAndASecureSessionCookie() throws Exception {
        var viaHttps = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.60");
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(viaHttps.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));

        var plain = get("/login");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
    }

    /** A wrong sign-in through the proxy for a client at {@code forwardedFor}; where it sends the browser. */
    private String wrongSignIn(String forwardedFor) throws Exception {
        var page = get("/login", "X-Forwarded-For", forwardedFor);
        var token = TOKEN.matcher(page.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        var cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        var form = "username=" + Unique.username("guess") + "&password=wrong&_csrf=" + token.group(1);
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Location").orElse("");
    }

    @Test
    void guessingIsThrottledPerForwardedClientAndAPrependedAddressFoolsNoOne() throws Exception {
        // the shipped limit: 30 failures from one address within 10 minutes
        for (int i = 0; i < 30; i++) {
            // a client that writes its own X-Forwarded-For gets it prepended to by the proxy: the last one counts
            var spoofed = "198.51.100." + (i + 1) + ", 203.0.113.61";
            assertThat(wrongSignIn(spoofed)).endsWith("/login?error=bad");
        }

        assertThat(wrongSignIn("203.0.113.61")).endsWith("/login?error=throttled");
        assertThat(wrongSignIn("203.0.113.62")).as("another client behind the same proxy")
                .endsWith("/login?error=bad");
    }
}
