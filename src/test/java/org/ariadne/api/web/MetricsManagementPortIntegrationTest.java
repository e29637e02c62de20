package org.ariadne.api.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics a scraper reads on the separate management port (README "Running more than one node"): without signing
 * in there, with the request times, the reports submitted (a submission through the API counts) and the document
 * queue; on the application's port the same address stays closed to anyone not signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class MetricsManagementPortIntegrationTest {

    private static final int MANAGEMENT_PORT = freePort();
    private static final Pattern SUBMITTED = Pattern.compile("(?m)^ariadne_reports_submitted_total\\{[^}]*} (\\S+)$");

    @DynamicPropertySource
    static void managementPort(DynamicPropertyRegistry registry) {
        registry.add("management.server.port", () -> MANAGEMENT_PORT);
        registry.add("management.server.address", () -> "127.0.0.1");
    }

    @LocalServerPort
    int port;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theScraperReadsRequestTimesSubmissionsAndTheQueueOnTheManagementPortOnly() throws Exception {
        var fixture = new ApiFixture(editing, institutions, schedules, accounts, tokens);
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);
        double before = submitted(scrape());
        var report = "/api/v1/reports/" + fixture.period.id() + "/institutions/" + fixture.plan.police;

        var saved = send(HttpRequest.newBuilder(app(report)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("""
                        {"activities": [
                           {"activityCode": "A1.1.1", "status": "STARTED"},
                           {"activityId": %d, "status": "CONTINUOUS"}],
                         "values": [{"indicatorId": %d, "total": 1}]}""".formatted(fixture.plan.operations,
                        fixture.plan.operationsHeld))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var submit = send(HttpRequest.newBuilder(app(report + "/submit")).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(200);

        var metrics = scrape();
        assertThat(submitted(metrics)).as("the submission counted").isEqualTo(before + 1);
        assertThat(metrics).as("the API's request times, by URL pattern")
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/api/v1/reports/{periodId}/institutions/{institutionId}/submit\"");
        assertThat(metrics).as("the document queue").containsPattern("(?m)^ariadne_documents_queue(\\{[^}]*})? \\S+$");

        var onTheApplicationPort = send(HttpRequest.newBuilder(app("/actuator/prometheus")).GET());
        assertThat(onTheApplicationPort.statusCode()).as("not open on the application's port").isEqualTo(302);
        assertThat(onTheApplicationPort.body()).doesNotContain("ariadne_reports_submitted_total");
        var withAToken = send(HttpRequest.newBuilder(app("/actuator/prometheus"))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(withAToken.body()).as("nor to an API token").doesNotContain("ariadne_reports_submitted_total");
    }

    private String scrape() throws IOException, InterruptedException {
        var answer = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/prometheus"))
                .GET());
        assertThat(answer.statusCode()).as("the management port answers the scraper without signing in").isEqualTo(200);
        return answer.body();
    }

    /** Reports submitted on this node, on time or late. */
    private static double submitted(String metrics) {
        var matcher = SUBMITTED.matcher(metrics);
        double sum = 0;
        int lines = 0;
        while (matcher.find()) {
            sum += Double.parseDouble(matcher.group(1));
            lines++;
        }
        assertThat(lines).as("ariadne_reports_submitted_total in\n" + metrics).isPositive();
        return sum;
    }

    private URI app(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
