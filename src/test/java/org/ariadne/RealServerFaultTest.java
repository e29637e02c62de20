package org.ariadne;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults that only a real server shows (issue 10), the application running as its own process. Finding 3: once the server has told a focal point "submitted", the submission survives
 * the server being killed (SIGKILL, no shutdown hook) right after the answer. The real application runs as its own
 * process, on the default embedded database (a file under {@code ./data} of its working directory) or on the
 * PostgreSQL database of ARIADNE_TEST_DB_URL; readiness is awaited by polling the health endpoint.
 */
class RealServerFaultTest {

    private static final Duration START_DEADLINE = Duration.ofSeconds(120);
    private static final String PASSWORD = "Fault-test-2026";

    @TempDir
    Path directory;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() throws InterruptedException {
        for (var process : started) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Test
    void aSubmitAnsweredSubmittedIsStillSubmittedAfterTheServerIsKilled() throws Exception {
        var seeded = seed();
        assertThat(jdbc().sql("select count(*) from user_account where username = ?").param(seeded.username())
                .query(Long.class).single()).isOne();

        var server = start();
        var client = signIn(server, seeded.username());
        var reportPage = "/reporting/" + seeded.periodId() + "/institutions/" + seeded.institutionId();
        var page = Jsoup.parse(get(client, server.address() + reportPage).body());
        var form = page.getElementById("submit-form");
        var answer = post(client, server.address() + form.attr("action"), Map.of(
                "_csrf", form.selectFirst("input[name=_csrf]").val(),
                "version", form.selectFirst("input[name=version]").val(),
                // what the confirmation dialog sets before the form goes
                "confirmed", "true"));
        // the acknowledgement: back to the report with "submitted"; killed at once, before any delayed write
        server.process().destroyForcibly();
        server.process().waitFor();
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/reporting/");

        var restarted = start();
        var status = get(signIn(restarted, seeded.username()), restarted.address() + reportPage);
        assertThat(status.statusCode()).isEqualTo(200);
        restarted.process().destroy();
        restarted.process().waitFor();

        assertThat(jdbc().sql("select status from progress_report where period_id = ? and institution_id = ?")
                .params(seeded.periodId(), seeded.institutionId()).query(String.class).single()).isEqualTo("SUBMITTED");
    }

    /**
     * Finding 4: a 3,000-character file name used to get Tomcat's bare 413 page (the part header is over Tomcat's
     * limit, and the error page failed as well). The focal point gets the report page back with Ariadne's reason,
     * and what the report holds is untouched.
     */
    @Test
    void anEvidenceFileWithAVeryLongNameIsRefusedWithAriadnesMessageAndNothingIsLost() throws Exception {
        var seeded = seed();
        var server = start();
        var client = signIn(server, seeded.username());
        var reportPage = server.address() + "/reporting/" + seeded.periodId() + "/institutions/" + seeded.institutionId();
        var page = Jsoup.parse(get(client, reportPage).body());
        var form = page.selectFirst("form.evidence-upload");
        var boundary = "----ariadne" + System.nanoTime();
        var name = "a".repeat(2_996) + ".pdf";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + form.selectFirst("input[name=_csrf]").val() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"activityId\"\r\n\r\n"
                + form.selectFirst("input[name=activityId]").val() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--" + boundary + "--\r\n";
        var answer = client.send(HttpRequest.newBuilder(URI.create(server.address() + form.attr("action")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Referer", reportPage)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isBetween(300, 399);
        var back = get(client, server.address() + answer.headers().firstValue("Location").orElseThrow().replaceFirst(
                "^https?://[^/]+", "").replaceFirst("#.*$", ""));
        var shown = Jsoup.parse(back.body());
        assertThat(shown.select(".flash.problem").text()).contains("name").contains("too long");
        assertThat(shown.select(".evidence-files a")).isEmpty();
        // the report's saved entries are still there
        assertThat(shown.select("textarea").eachText()).contains("Done what was planned");
    }

    // ---- the database, seeded through the application's own services ----

    private record Seeded(String username, long periodId, long institutionId) {
    }

    private Seeded seed() {
        // as arguments, so that they win over application.yml (builder properties would only be defaults)
        var arguments = new ArrayList<String>();
        databaseProperties().forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of("--server.port=0", "--ariadne.demo-data=false",
                "--ariadne.reporting.evidence-directory=" + directory.resolve("data/evidence"),
                "--logging.level.root=warn"));
        try (var context = new SpringApplicationBuilder(AriadneApplication.class).run(arguments.toArray(String[]::new))) {
            var fixture = new ReportingFixture(context.getBean(PlanEditing.class), context.getBean(Institutions.class),
                    context.getBean(ReportingSchedules.class));
            var period = fixture.currentPeriod(context.getBean(ReportingSchedules.class));
            var username = Unique.username("focal");
            TestSignIn.onThisThread(Role.ADMINISTRATOR);
            context.getBean(UserAccounts.class).create(new UserCommand(username, "Fault Test", null, fixture.police,
                    EnumSet.of(Role.FOCAL_POINT), null, true, PASSWORD));
            var focal = TestSignIn.user(username, fixture.police, Role.FOCAL_POINT);
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                    new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(focal, null,
                            focal.getAuthorities()));
            var reports = context.getBean(ProgressReports.class);
            for (long activity : new long[] {fixture.training, fixture.operations}) {
                reports.saveActivity(period.id(), fixture.police, activity, 0,
                        new ActivityEntryCommand(ActivityStatus.STARTED, "Done what was planned", null, List.of()));
            }
            TestSignIn.clear();
            return new Seeded(username, period.id(), fixture.police);
        }
    }

    private Map<String, Object> databaseProperties() {
        var properties = new LinkedHashMap<String, Object>();
        var url = System.getenv("ARIADNE_TEST_DB_URL");
        if (url != null) {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", System.getenv().getOrDefault("ARIADNE_TEST_DB_USER", "sa"));
            properties.put("spring.datasource.password", System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""));
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:file:" + directory.resolve("data/ariadne")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        return properties;
    }

    private JdbcClient jdbc() {
        var properties = databaseProperties();
        return JdbcClient.create(new DriverManagerDataSource((String) properties.get("spring.datasource.url"),
                (String) properties.getOrDefault("spring.datasource.username", "sa"),
                (String) properties.getOrDefault("spring.datasource.password", "")));
    }

    // ---- the real server, as its own process ----

    private record Server(Process process, String address) {
    }

    /**
     * The application's main class in a new JVM (the process killed is the JVM itself, no wrapper), in the temporary
     * directory so that the default database URL puts its files there.
     */
    private Server start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", applicationClasspath(),
                AriadneApplication.class.getName()).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(logFile(port));
        var environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("ARIADNE_") || name.startsWith("SPRING_"));
        environment.put("PORT", Integer.toString(port));
        var url = System.getenv("ARIADNE_TEST_DB_URL");
        if (url != null) {
            environment.put("ARIADNE_DB_URL", url);
            environment.put("ARIADNE_DB_USER", System.getenv().getOrDefault("ARIADNE_TEST_DB_USER", "sa"));
            environment.put("ARIADNE_DB_PASSWORD", System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", ""));
        }
        var process = builder.start();
        started.add(process);
        var server = new Server(process, "http://127.0.0.1:" + port);
        awaitHealthy(server);
        return server;
    }

    /** Kept under target/ after the temporary directory is gone, to read when the test fails. */
    private static File logFile(int port) throws IOException {
        var logs = Path.of("target", "fault-test");
        java.nio.file.Files.createDirectories(logs);
        return logs.resolve("server-" + port + ".log").toFile();
    }

    private void awaitHealthy(Server server) throws Exception {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(START_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.process().isAlive()).as("server process alive, see " + directory).isTrue();
            try {
                var health = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens when the application is ready; asking again is the wait
            }
            server.process().onExit().completeOnTimeout(null, 200, java.util.concurrent.TimeUnit.MILLISECONDS).join();
        }
        throw new AssertionError("server not healthy within " + START_DEADLINE);
    }

    /** The test's own class path without the test classes, expanding surefire's manifest-only jar. */
    private static String applicationClasspath() throws IOException {
        var entries = new ArrayList<String>();
        for (var entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (var jar = new JarFile(entry)) {
                    for (var url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return entries.stream().filter(entry -> !entry.replace('\\', '/').contains("/test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    // ---- HTTP as a browser would ----

    private static HttpClient signIn(Server server, String username) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var login = Jsoup.parse(get(client, server.address() + "/login").body());
        var token = login.selectFirst("input[name=_csrf]").val();
        var answer = post(client, server.address() + "/login", Map.of("username", username, "password", PASSWORD,
                "_csrf", token));
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String address, Map<String, String> form)
            throws Exception {
        var body = form.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
