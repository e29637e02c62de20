package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.ariadne.AriadneApplication;
import org.ariadne.common.cluster.ClusterNode;
import org.ariadne.documents.DocumentRequest;
import org.ariadne.documents.DocumentStepStarted;
import org.ariadne.documents.GeneratedDocuments;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's first "done when": two Ariadne nodes, each a whole application on its own random port, on ONE database
 * (the PostgreSQL database of ARIADNE_TEST_DB_URL, else an in-memory H2 database that both share within this JVM),
 * with the sessions in the database as in production. A person signed in on A is signed in on B; a report accepted
 * on A shows on B's dashboard; the reminders run on one node when both schedulers fire; a document that A was making
 * when A stopped is made by B. The last test stops A, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIntegrationTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** Where node A's document generation stops to wait, until A is stopped. */
    private static final String PAUSE_AT = "documents.step.docx";

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static final CountDownLatch AT_PAUSE = new CountDownLatch(1);
    private static final CountDownLatch NEVER = new CountDownLatch(1);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoNodes() {
        // A: its document generation waits at one step (as a long report would), so that it can be stopped midway
        ApplicationListener<ApplicationEvent> pauseDocuments = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof DocumentStepStarted step && PAUSE_AT.equals(step.step())) {
                AT_PAUSE.countDown();
                try {
                    NEVER.await();
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        a = start("a", "2s", pauseDocuments);
        // B's scheduler looks at the document queue only when the test makes it fire (below)
        b = start("b", "1h");
    }

    private static ConfigurableApplicationContext start(String name, String documentPoll,
            ApplicationListener<?>... listeners) {
        var url = System.getenv().getOrDefault("ARIADNE_TEST_DB_URL",
                "jdbc:h2:mem:ariadne-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        // command-line arguments outrank the profile's file: the database, and the sessions in it as in production
        // (the test profile keeps them in the container for MockMvc)
        return new SpringApplicationBuilder(AriadneApplication.class).profiles("test").listeners(listeners)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("ARIADNE_TEST_DB_USER", "sa"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""),
                        "--spring.autoconfigure.exclude=", "--server.port=0", "--ariadne.documents.poll=" + documentPoll,
                        "--spring.application.name=ariadne-node-" + name);
    }

    @AfterAll
    static void stopNodes() {
        NEVER.countDown();
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        TestSignIn.clear();
    }

    @Test
    @Order(0)
    void eachNodeTellsTheLoadBalancerItIsReadyAndKeepsItsMetricsForTheAdministrator() throws Exception {
        for (var node : List.of(a, b)) {
            for (var probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
                var answer = get(node, probe, null);
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
                assertThat(answer.body()).as("no details for anybody").isEqualTo("{\"status\":\"UP\"}");
            }
            assertThat(get(node, "/actuator/prometheus", null).statusCode()).as("metrics need signing in")
                    .isEqualTo(302);
            assertThat(get(node, "/actuator/prometheus", signIn(node, account(Role.ME_OFFICER))).statusCode())
                    .as("and the administrator").isEqualTo(403);
        }
        var metrics = get(a, "/actuator/prometheus", signIn(a, account(Role.ADMINISTRATOR)));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("ariadne_documents_queue", "http_server_requests_seconds",
                "ariadne_reports_submitted_total");
    }

    @Test
    @Order(1)
    void aPersonSignedInOnNodeAIsSignedInOnNodeB() throws Exception {
        var username = account(Role.ME_OFFICER);
        var cookie = signIn(a, username);

        var onB = get(b, "/account", cookie);

        assertThat(onB.statusCode()).as("B answers the signed-in page").isEqualTo(200);
        assertThat(onB.body()).contains("Person " + username);
        assertThat(get(b, "/account", null).headers().firstValue("Location").orElse(""))
                .as("without the cookie B asks to sign in").endsWith("/login");

        // signing out on B ends the session for A too
        var signOut = form(b, "/logout", cookie, Map.of());
        assertThat(signOut.statusCode()).isEqualTo(302);
        assertThat(get(a, "/account", cookie).headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    @Order(2)
    void aReportAcceptedOnNodeAShowsOnNodeBsDashboard() throws Exception {
        var plan = new DashboardFixture(a.getBean(PlanEditing.class), a.getBean(Institutions.class),
                a.getBean(ReportingSchedules.class), a.getBean(ProgressReports.class), a.getBean(Plans.class));
        var member = signIn(b, account(Role.MEMBER));
        var page = "/indicators/" + plan.victims + "/dashboard?year=" + plan.year;
        // B has read the plan's progress, and keeps it
        assertThat(achievement(b, page, member)).isEqualTo("25");

        // on A, an older quarter reported late and accepted: 60 victims of the 200 aimed at
        var schedules = a.getBean(ReportingSchedules.class);
        var reports = a.getBean(ProgressReports.class);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var periods = schedules.periods(plan.planId);
        var older = periods.get(periods.indexOf(plan.earlier) - 1);
        var focal = plan.focalPoint(plan.police);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(older.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Officers trained", null, List.of()));
        reports.saveActivity(older.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Operations held", null, List.of()));
        reports.saveValue(older.id(), plan.police, plan.victims, older.startsOn(), 0,
                new ValueCommand(new BigDecimal("10"), null, null, Map.of(), null));
        reports.submit(older.id(), plan.police, reports.sheet(older.id(), plan.police).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(older.id(), plan.police, reports.sheet(older.id(), plan.police).reportVersion());
        TestSignIn.clear();

        // the kept totals follow the acceptance once it has committed (a listener on A, as on one node)
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(achievement(b, page, member)).isEqualTo("30"));
        assertThat(achievement(a, page, signIn(a, account(Role.MEMBER)))).isEqualTo("30");
    }

    @Test
    @Order(3)
    void theRemindersRunOnOneNodeWhenBothSchedulersFire() throws Exception {
        // no node has run them lately (a run of this test a moment ago on the same database would hold the lock)
        a.getBean(JdbcClient.class).sql("delete from cluster_lock where name = 'reminders'").update();
        var onA = reminders(a);
        var onB = reminders(b);

        CompletableFuture.allOf(CompletableFuture.runAsync(onA), CompletableFuture.runAsync(onB))
                .get(60, TimeUnit.SECONDS);

        assertThat(runs(a, "ran") + runs(b, "ran")).as("runs").isEqualTo(1);
        assertThat(runs(a, "skipped") + runs(b, "skipped")).as("skipped").isEqualTo(1);
        var holder = a.getBean(JdbcClient.class).sql("select locked_by from cluster_lock where name = 'reminders'")
                .query(String.class).single();
        assertThat(holder).isIn(a.getBean(ClusterNode.class).name(), b.getBean(ClusterNode.class).name());
    }

    @Test
    @Order(4)
    void aDocumentNodeAWasMakingWhenItStoppedIsMadeByNodeB() throws Exception {
        var username = account(Role.ME_OFFICER);
        var plan = new DashboardFixture(a.getBean(PlanEditing.class), a.getBean(Institutions.class),
                a.getBean(ReportingSchedules.class), a.getBean(ProgressReports.class), a.getBean(Plans.class));
        var officer = a.getBean(UserAccounts.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(officer, null, officer.getAuthorities()));
        long id = a.getBean(GeneratedDocuments.class).request(plan.planId,
                DocumentRequest.annual(plan.year, Locale.ENGLISH));
        SecurityContextHolder.clearContext();

        assertThat(AT_PAUSE.await(120, TimeUnit.SECONDS)).as("A is making the document").isTrue();
        var jdbc = b.getBean(JdbcClient.class);
        var leased = jdbc.sql("select status, lease_owner from generated_document where id = ?").param(id)
                .query((row, n) -> List.of(row.getString(1), row.getString(2))).single();
        assertThat(leased).containsExactly("RUNNING", a.getBean(ClusterNode.class).name());

        a.close();

        // B's scheduler fires: B takes the document from the queue and makes it, as the officer
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            // and again every half second while the document is not finished, as B's scheduler would
            scheduled(b, "DocumentGeneration.poll").run();
            return jdbc.sql("select status from generated_document where id = ?").param(id).query(String.class).single();
        }, status -> status.equals("FINISHED") || status.equals("FAILED"));
        var done = jdbc.sql("select status, attempts, pdf_size from generated_document where id = ?").param(id)
                .query((row, n) -> List.of(row.getString(1), row.getInt(2), row.getLong(3))).single();
        assertThat(done.get(0)).isEqualTo("FINISHED");
        assertThat(done.get(1)).as("taken by A, then by B").isEqualTo(2);
        assertThat((Long) done.get(2)).isPositive();

        var onB = signIn(b, username);
        var download = http.send(HttpRequest.newBuilder(URI.create(base(b) + "/documents/" + id + "/download.pdf"))
                .header("Cookie", onB).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    private static Runnable reminders(ConfigurableApplicationContext node) {
        return scheduled(node, "ScheduledJobs.remind");
    }

    /** A task of the node's scheduler, to fire it as the scheduler would. */
    private static Runnable scheduled(ConfigurableApplicationContext node, String method) {
        var tasks = new ArrayList<Runnable>();
        node.getBeansOfType(ScheduledTaskHolder.class).values().forEach(holder -> holder.getScheduledTasks()
                .stream().map(task -> task.getTask().getRunnable())
                .filter(runnable -> runnable.toString().endsWith(method)).forEach(tasks::add));
        assertThat(tasks).as("the scheduled task " + method).hasSize(1);
        return tasks.get(0);
    }

    private static double runs(ConfigurableApplicationContext node, String outcome) {
        var counter = node.getBean(MeterRegistry.class).find("ariadne.jobs").tags("job", "reminders", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String account(Role role) {
        var username = Unique.username("node");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            a.getBean(UserAccounts.class).createAtStartUp(new UserCommand(username, "Person " + username, null, null,
                    Set.of(role), null, true, PASSWORD));
        } finally {
            TestSignIn.clear();
        }
        return username;
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base(node) + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in through the form on the node; the session cookie it ends with. */
    private String signIn(ConfigurableApplicationContext node, String username) throws Exception {
        var page = get(node, "/login", null);
        var cookie = sessionCookie(page).orElseThrow();
        var signedIn = form(node, "/login", cookie, Map.of("username", username, "password", PASSWORD), page.body());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in").doesNotContain("error");
        return sessionCookie(signedIn).orElse(cookie);
    }

    private HttpResponse<String> form(ConfigurableApplicationContext node, String path, String cookie,
            Map<String, String> fields) throws Exception {
        return form(node, path, cookie, fields, get(node, "/account", cookie).body());
    }

    private HttpResponse<String> form(ConfigurableApplicationContext node, String path, String cookie,
            Map<String, String> fields, String pageWithToken) throws Exception {
        var token = TOKEN.matcher(pageWithToken);
        assertThat(token.find()).as("the page carries a CSRF token").isTrue();
        var body = new StringBuilder("_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        fields.forEach((name, value) -> body.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base(node) + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst();
    }

    /** The indicator's achievement as the dashboard shows it, in whole percent. */
    private String achievement(ConfigurableApplicationContext node, String page, String cookie) throws Exception {
        var response = get(node, page, cookie);
        assertThat(response.statusCode()).isEqualTo(200);
        var shown = org.jsoup.Jsoup.parse(response.body()).selectFirst("#achievement .percent");
        assertThat(shown).as("the achievement on " + page).isNotNull();
        return shown.text().replaceAll("[^0-9]", "");
    }
}
