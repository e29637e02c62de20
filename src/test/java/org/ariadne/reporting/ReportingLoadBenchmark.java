package org.ariadne.reporting;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.ariadne.api.ApiTokenCommand;
import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
import org.ariadne.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import static org.ariadne.support.IndicatorBuilder.anIndicator;

/**
 * 300 focal points sign in and submit their quarterly reports within the same minute, over HTTP, against Ariadne
 * on a real server and database (PostgreSQL when ARIADNE_TEST_DB_URL points at it). Thirty other focal points
 * submit first, apart and not counted (-Dload.warmup=0 to measure a cold server). Prints throughput, latency
 * percentiles and errors, then checks in the database that every report is there and complete (and fails if one
 * is lost or partial, or a request failed). Each focal point does what the report page does in a browser: saves
 * its parts as they are typed and submits with the confirmation answered yes; a save not taken, a submit that does
 * not go back to the report, or a report page that does not then say the report is submitted, is an error. A
 * benchmark: it prints figures and asserts nothing about time. Run with
 * {@code ARIADNE_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/test ARIADNE_TEST_DB_USER=postgres ./mvnw -Pbenchmark test -Dtest=ReportingLoadBenchmark}.
 * <p>
 * The second test does the same through the API ({@code /api/v1}, issue 18): 300 institutions' own systems (a police
 * case system, a register) each read their report, save their values and submit with a personal access token made
 * beforehand by their focal point; it counts every submission answered 2xx and checks that each one is in the
 * database ({@code -Dtest='ReportingLoadBenchmark#threeHundredSystemsSubmitThroughTheApiWithinAMinute'}).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.threads.max=200", "ariadne.security.max-failures-per-address=100000"})
@ActiveProfiles("test")
@Import(TestDatabase.class)
class ReportingLoadBenchmark {

    static final int USERS = Integer.getInteger("load.users", 300);
    static final int WINDOW_SECONDS = Integer.getInteger("load.window", 60);
    /** Sessions of other focal points before the window, not counted: a server in service is warm when a deadline comes. */
    static final int WARM_UP = Integer.getInteger("load.warmup", 30);
    static final String PASSWORD = "load test password";
    /** The language the focal points' browsers ask for: the notice after a submission is read in it. */
    static final Locale LANGUAGE = Locale.ENGLISH;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    LargePlans largePlans;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    org.ariadne.api.RateLimiter rateLimiter;
    @Autowired
    MessageSource messages;

    record Focal(String username, long institution, long activity, long indicator) {
    }

    /** An institution's system: the token its focal point made for it. */
    record Caller(Focal focal, String token) {
    }

    @Test
    void threeHundredSystemsSubmitThroughTheApiWithinAMinute() throws Exception {
        var run = Long.toString(System.nanoTime() % 1_000_000, 36);
        var setupStart = System.nanoTime();
        var everyone = setUp(run);
        var period = lastEndedPeriod();
        long tokensStart = System.nanoTime();
        var systems = tokensFor(everyone);
        double tokenSeconds = (System.nanoTime() - tokensStart) / 1e9;
        var warmUp = systems.subList(0, WARM_UP);
        var callers = systems.subList(WARM_UP, systems.size());
        System.out.printf(Locale.ROOT, "%n== Reporting load through the API: %d systems, %d s window, database %s ==%n",
                USERS, WINDOW_SECONDS, System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory"));
        System.out.printf(Locale.ROOT, "  set-up (plan, institutions, accounts, tokens): %d s, of which %d tokens %.1f s%n",
                (System.nanoTime() - setupStart) / 1_000_000_000, systems.size(), tokenSeconds);
        // what counting a call costs, alone (-Dariadne.api.rate-limiter=memory to compare): 1,000 calls of 20 keys
        long limiterStart = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            rateLimiter.tryAcquire("benchmark:" + run + ":" + (i % 20));
        }
        System.out.printf(Locale.ROOT, "  rate limiter %s: %.3f ms a call (1,000 calls, one after another)%n",
                rateLimiter.getClass().getSimpleName(), (System.nanoTime() - limiterStart) / 1e6 / 1000);
        var accepted = new AtomicInteger();
        warmUp(warmUp, "other systems", (system, latencies) -> apiSession(system, period, latencies, accepted));

        var latencies = new ConcurrentHashMap<String, List<Long>>();
        var errors = new CopyOnWriteArrayList<String>();
        var completed = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(USERS);
        long start = System.nanoTime();
        for (int i = 0; i < callers.size(); i++) {
            var system = callers.get(i);
            long delayMillis = (long) i * (WINDOW_SECONDS * 1000L - 10_000) / Math.max(1, callers.size());
            pool.submit(() -> {
                try {
                    Thread.sleep(delayMillis);
                    apiSession(system, period, latencies, accepted);
                    completed.incrementAndGet();
                } catch (Exception e) {
                    errors.add(system.focal().username() + ": " + e.getMessage());
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long elapsed = System.nanoTime() - start;

        var all = new ArrayList<Long>();
        latencies.values().forEach(all::addAll);
        System.out.printf(Locale.ROOT, "  finished: %d of %d systems in %.1f s; %d requests, %.1f requests/s; errors: %d%n",
                completed.get(), USERS, elapsed / 1e9, all.size(), all.size() / (elapsed / 1e9), errors.size());
        print("all requests", all);
        new java.util.TreeMap<>(latencies).forEach(this::print);
        errors.stream().limit(10).forEach(error -> System.out.println("  error: " + error));

        var submitted = jdbc.sql("""
                        select count(*) from progress_report r join report_activity a on a.report_id = r.id
                        where r.period_id = ? and r.status = 'SUBMITTED' and a.status = 'STARTED'
                          and a.narrative like 'Load test%'""")
                .param(period.id()).query(Long.class).single();
        var values = jdbc.sql("""
                        select count(*) from report_value v join progress_report r on r.id = v.report_id
                        where r.period_id = ? and v.total = 12""")
                .param(period.id()).query(Long.class).single();
        long lost = accepted.get() - submitted;
        System.out.printf(Locale.ROOT, "  submissions answered 2xx: %d; in the database: %d reports submitted and"
                + " complete, %d indicator values; lost: %d%n%n", accepted.get(), submitted, values, lost);
        // not about time: a submission answered 2xx that is not in the database is lost, whatever the figures say
        org.assertj.core.api.Assertions.assertThat(errors).as("errors under load").isEmpty();
        org.assertj.core.api.Assertions.assertThat(submitted).as("reports submitted and complete")
                .isEqualTo(accepted.get()).isEqualTo(USERS + WARM_UP);
        org.assertj.core.api.Assertions.assertThat(values).as("indicator values").isEqualTo(USERS + WARM_UP);
    }

    /** Each focal point makes a read and write token for the institution's system, as on the account page. */
    private List<Caller> tokensFor(List<Focal> focals) throws InterruptedException {
        var systems = Collections.synchronizedList(new ArrayList<Caller>());
        var making = Executors.newFixedThreadPool(4);
        for (var focal : focals) {
            making.submit(() -> {
                var user = accounts.loadUserByUsername(focal.username());
                SecurityContextHolder.getContext().setAuthentication(
                        new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
                try {
                    var made = apiTokens.create(new ApiTokenCommand("Case system", TokenScope.READ_WRITE,
                            LocalDate.now().plusDays(30)));
                    systems.add(new Caller(focal, made.token()));
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        making.shutdown();
        making.awaitTermination(10, TimeUnit.MINUTES);
        var ordered = new ArrayList<>(systems);
        ordered.sort(java.util.Comparator.comparing(system -> system.focal().username()));
        return ordered;
    }

    /** One institution's system: read its report, save the quarter's status and value, submit; counts a 2xx submit. */
    private void apiSession(Caller system, PeriodView period, Map<String, List<Long>> latencies, AtomicInteger accepted)
            throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
        var report = "/api/v1/reports/" + period.id() + "/institutions/" + system.focal().institution();
        api(timed(latencies, "API GET report", client, bearer(report, system).GET().build()), "read");
        var body = """
                {"activities": [{"activityId": %d, "status": "STARTED", "narrative": "Load test: officers trained in the quarter"}],
                 "values": [{"indicatorId": %d, "startsOn": "%s", "total": 12}]}""".formatted(
                system.focal().activity(), system.focal().indicator(), period.startsOn());
        api(timed(latencies, "API PUT report", client, bearer(report, system).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build()), "save");
        api(timed(latencies, "API POST submit", client, bearer(report + "/submit", system)
                .POST(HttpRequest.BodyPublishers.noBody()).build()), "submit");
        accepted.incrementAndGet();
    }

    private HttpRequest.Builder bearer(String path, Caller system) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + system.token()).header("Accept", "application/json");
    }

    /** A call that worked answers 2xx; anything else (a problem detail) is a failure. */
    private static void api(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    @Test
    void threeHundredFocalPointsSubmitWithinAMinute() throws Exception {
        var run = Long.toString(System.nanoTime() % 1_000_000, 36);
        var setupStart = System.nanoTime();
        var everyone = setUp(run);
        var warmUp = everyone.subList(0, WARM_UP);
        var focals = everyone.subList(WARM_UP, everyone.size());
        var period = lastEndedPeriod();
        System.out.printf(Locale.ROOT, "%n== Reporting load: %d focal points, %d s window, database %s ==%n", USERS,
                WINDOW_SECONDS, System.getenv().getOrDefault("ARIADNE_TEST_DB_URL", "H2 in memory"));
        System.out.printf(Locale.ROOT, "  set-up (plan, institutions, accounts): %d s%n",
                (System.nanoTime() - setupStart) / 1_000_000_000);
        warmUp(warmUp, "other focal points' sessions", (focal, latencies) -> session(focal, period, latencies));

        var latencies = new ConcurrentHashMap<String, List<Long>>();
        var errors = new CopyOnWriteArrayList<String>();
        var completed = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(USERS);
        long start = System.nanoTime();
        for (int i = 0; i < focals.size(); i++) {
            var focal = focals.get(i);
            long delayMillis = (long) i * (WINDOW_SECONDS * 1000L - 10_000) / Math.max(1, focals.size());
            pool.submit(() -> {
                try {
                    Thread.sleep(delayMillis);
                    session(focal, period, latencies);
                    completed.incrementAndGet();
                } catch (Exception e) {
                    errors.add(focal.username() + ": " + e.getMessage());
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        long elapsed = System.nanoTime() - start;

        var all = new ArrayList<Long>();
        latencies.values().forEach(all::addAll);
        System.out.printf(Locale.ROOT, "  finished: %d of %d sessions in %.1f s; %d requests, %.1f requests/s; errors: %d%n",
                completed.get(), USERS, elapsed / 1e9, all.size(), all.size() / (elapsed / 1e9), errors.size());
        print("all requests", all);
        new java.util.TreeMap<>(latencies).forEach(this::print);
        errors.stream().limit(10).forEach(error -> System.out.println("  error: " + error));

        var submitted = jdbc.sql("""
                        select count(*) from progress_report r join report_activity a on a.report_id = r.id
                        where r.period_id = ? and r.status = 'SUBMITTED' and a.status = 'STARTED'
                          and a.narrative like 'Load test%'""")
                .param(period.id()).query(Long.class).single();
        var values = jdbc.sql("""
                        select count(*) from report_value v join progress_report r on r.id = v.report_id
                        where r.period_id = ? and v.total is not null""")
                .param(period.id()).query(Long.class).single();
        System.out.printf(Locale.ROOT, "  in the database: %d of %d reports submitted and complete, %d indicator values"
                + " (%d of each from the warm-up)%n%n", submitted, USERS + WARM_UP, values, WARM_UP);
        // not about time: a report lost or left half-saved under load is a failure whatever the figures say
        org.assertj.core.api.Assertions.assertThat(errors).as("errors under load").isEmpty();
        org.assertj.core.api.Assertions.assertThat(submitted).as("reports submitted and complete")
                .isEqualTo(USERS + WARM_UP);
        org.assertj.core.api.Assertions.assertThat(values).as("indicator values").isEqualTo(USERS + WARM_UP);
    }

    /** One caller's whole visit, its request times recorded under their names. */
    private interface Visit<T> {
        void run(T caller, Map<String, List<Long>> latencies) throws Exception;
    }

    /** Warms the server up with callers that are not counted: four at a time, their times printed apart. */
    private <T> void warmUp(List<T> callers, String what, Visit<T> visit) throws InterruptedException {
        if (callers.isEmpty()) {
            return;
        }
        var warmUpLatencies = new ConcurrentHashMap<String, List<Long>>();
        var warmUpErrors = new CopyOnWriteArrayList<String>();
        var warmUpPool = Executors.newFixedThreadPool(4);
        long warmUpStart = System.nanoTime();
        for (var caller : callers) {
            warmUpPool.submit(() -> {
                try {
                    visit.run(caller, warmUpLatencies);
                } catch (Exception e) {
                    warmUpErrors.add(e.getMessage());
                }
                return null;
            });
        }
        warmUpPool.shutdown();
        warmUpPool.awaitTermination(10, TimeUnit.MINUTES);
        var warmUpAll = new ArrayList<Long>();
        warmUpLatencies.values().forEach(warmUpAll::addAll);
        System.out.printf(Locale.ROOT, "  warm-up, not counted: %d %s in %.1f s; errors: %d%n",
                callers.size(), what, (System.nanoTime() - warmUpStart) / 1e9, warmUpErrors.size());
        print("warm-up requests", warmUpAll);
        warmUpErrors.stream().limit(3).forEach(error -> System.out.println("  warm-up error: " + error));
    }

    private void print(String what, List<Long> nanos) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "  %-22s n=%4d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /**
     * One focal point in a browser: sign in, open the report, fill it, submit it. The page's script saves each part
     * as it is typed (the part's form posted by htmx, answered with a status line and the submit box as it now is);
     * Submit asks in a dialog and, answered yes, posts the submit form with {@code confirmed} set, which goes back to
     * the report page with a notice. Each form is read from the page (its hidden fields; the fields typed into must
     * be there). A save not answered "saved", a submit answered otherwise than by going back to the report (a
     * confirmation page, the page with a problem), or a report page that does not then say the report is
     * submitted fails the session with what the server said.
     */
    private void session(Focal focal, PeriodView period, Map<String, List<Long>> latencies)
            throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
        var login = timed(latencies, "GET /login", client, get("/login"));
        var token = csrf(login.body());
        var signedIn = timed(latencies, "POST /login", client, post("/login",
                Map.of("username", focal.username(), "password", PASSWORD, "_csrf", token)));
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in refused: " + signedIn.headers().firstValue("Location").orElse(""));
        }
        var base = "/reporting/" + period.id() + "/institutions/" + focal.institution();
        var page = shown(timed(latencies, "GET report page", client, get(base)), "report page");
        var activity = base + "/activities/" + focal.activity();
        autosaved(timed(latencies, "POST activity", client, autosave(page, activity, filled(page, activity,
                Map.of("status", "STARTED", "narrative", "Load test: officers trained in the quarter")))), "activity");
        var value = base + "/indicators/" + focal.indicator() + "/" + period.startsOn();
        var saved = autosaved(timed(latencies, "POST value", client, autosave(page, value,
                filled(page, value, Map.of("total", "12")))), "value");
        // the save's answer puts the submit box, as it now is, in place of the page's
        var submitForm = saved.selectFirst("form#submit-form");
        if (submitForm == null) {
            throw new IllegalStateException("no submit form after the last save");
        }
        if (submitForm.selectFirst("button[type=submit][disabled]") != null) {
            throw new IllegalStateException("submit is disabled: " + submitForm.select("#submit-help").text());
        }
        var fields = hiddenFields(submitForm);
        // the confirmation dialog answered yes, as the page's script records it in the form
        submitForm.select("input[data-confirmed]").forEach(input -> fields.put(input.attr("name"), "true"));
        var landing = redirected(timed(latencies, "POST submit", client, post(submitForm.attr("action"), fields)),
                base, "submit");
        var after = shown(timed(latencies, "GET report page", client, get(landing)), "report page after submitting");
        var notice = after.selectFirst(".flash.notice[role=status]");
        if (notice == null || !notice.text().equals(submittedNotice())) {
            throw new IllegalStateException("submit answered a redirect but the report page does not say it is"
                    + " submitted (notice: " + (notice == null ? "none" : "'" + notice.text() + "'") + ", problem: '"
                    + after.select(".flash.problem").text() + "')");
        }
    }

    /** A part's form posted as the page's script does: through htmx, with the page's CSRF token in a header. */
    private HttpRequest autosave(Document page, String action, Map<String, String> fields) {
        var header = page.selectFirst("meta[name=csrf-header]");
        var token = page.selectFirst("meta[name=csrf-token]");
        if (header == null || token == null) {
            throw new IllegalStateException("no CSRF token for the page's script");
        }
        return HttpRequest.newBuilder(post(action, fields), (name, value) -> true)
                .header("HX-Request", "true").header(header.attr("content"), token.attr("content")).build();
    }

    /** A save the script counts as saved (200, Ariadne-Save: saved); its answer, parsed. */
    private static Document autosaved(HttpResponse<String> response, String what) {
        var outcome = response.headers().firstValue("Ariadne-Save").orElse("none");
        var answer = Jsoup.parseBodyFragment(response.body());
        if (response.statusCode() != 200 || !outcome.equals("saved")) {
            throw new IllegalStateException(what + " not saved: " + response.statusCode() + ", " + outcome + " "
                    + answer.select(".save-problem, .save-problem-detail").text());
        }
        return answer;
    }

    /** What the report page says after a submission, in the language the sessions ask for. */
    private String submittedNotice() {
        return messages.getMessage("reporting.report.submitted", null, LANGUAGE);
    }

    /** A page answered 200, parsed; anything else fails the session. */
    private static Document shown(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode()
                    + response.headers().firstValue("Location").map(location -> " to " + location).orElse(""));
        }
        return Jsoup.parse(response.body());
    }

    /**
     * A form post that worked redirects back to the report page (the path it leads to is returned); anything else
     * (the page again with a problem, a confirmation page, the sign-in page, an error) is a failure that says what
     * the page said.
     */
    private static String redirected(HttpResponse<String> response, String base, String what) {
        var location = response.headers().firstValue("Location").orElse("")
                .replaceFirst("^https?://[^/]+", "");
        if ((response.statusCode() == 302 || response.statusCode() == 303)
                && (location.equals(base) || location.startsWith(base + "#") || location.startsWith(base + "?"))) {
            return location;
        }
        if (response.statusCode() == 302 || response.statusCode() == 303) {
            throw new IllegalStateException(what + " redirected elsewhere: " + location);
        }
        var answer = Jsoup.parse(response.body());
        var problem = answer.select(".flash.problem, .field-error").text();
        throw new IllegalStateException(what + " answered " + response.statusCode() + " instead of a redirect, with '"
                + answer.title() + "'" + (problem.isBlank() ? "" : ": " + problem));
    }

    /** The form on the page that posts to the address: its hidden fields and the typed ones, which it must have. */
    private static Map<String, String> filled(Document page, String action, Map<String, String> typed) {
        var form = page.select("form").stream().filter(candidate -> candidate.attr("action").equals(action))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no form posting to " + action + " on the page"));
        var fields = hiddenFields(form);
        typed.forEach((name, value) -> {
            if (form.select("[name=" + name + "]").isEmpty()) {
                throw new IllegalStateException("the form posting to " + action + " has no field '" + name + "'");
            }
            fields.put(name, value);
        });
        return fields;
    }

    private static Map<String, String> hiddenFields(Element form) {
        var fields = new LinkedHashMap<String, String>();
        form.select("input[type=hidden][name]").forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    private HttpResponse<String> timed(Map<String, List<Long>> latencies, String name, HttpClient client,
            HttpRequest request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latencies.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(System.nanoTime() - start);
        return response;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Accept-Language", LANGUAGE.toLanguageTag()).GET().build();
    }

    private HttpRequest post(String path, Map<String, String> form) {
        var body = new StringBuilder();
        form.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", LANGUAGE.toLanguageTag())
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static String csrf(String html) {
        var matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    /** 300 institutions (and the warm-up's), each leading one activity with one quarterly indicator, and a focal point each. */
    private List<Focal> setUp(String run) throws Exception {
        int year = LocalDate.now().getYear();
        int count = USERS + WARM_UP;
        var built = largePlans.build(LargePlan.Shape.national().institutions(count, "Load test institution " + run)
                .objectives(1, 1).activities(count, 1).years(year - 1, year + 1, year).titled("Activity %d")
                .leadOnlyWithoutBudget()
                .indicators((activity, number, lead) -> anIndicator("Officers trained").unit("persons").target("10")),
                "Load test plan " + run);
        long plan = built.id();
        // institution no. i with the activity it leads, in the order of the institutions' numbers
        var led = built.ledBy();
        var prepared = new ArrayList<Map.Entry<Long, long[]>>();
        for (var institution : built.institutions()) {
            var activity = led.get(institution).get(0);
            prepared.add(Map.entry(institution, new long[] {activity.id(), activity.indicators().get(0)}));
        }
        lastPlan = plan;
        TestSignIn.clear();
        var focals = Collections.synchronizedList(new ArrayList<Focal>());
        var hashing = Executors.newFixedThreadPool(4);
        for (int i = 0; i < prepared.size(); i++) {
            var username = "load" + run + "n" + (i + 1);
            var entry = prepared.get(i);
            hashing.submit(() -> {
                accounts.createAtStartUp(new UserCommand(username, "Focal point " + username, null, entry.getKey(),
                        EnumSet.of(Role.FOCAL_POINT), null, true, PASSWORD));
                focals.add(new Focal(username, entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
            });
        }
        hashing.shutdown();
        hashing.awaitTermination(10, TimeUnit.MINUTES);
        var ordered = new ArrayList<>(focals);
        ordered.sort(java.util.Comparator.comparing(Focal::username));
        return ordered;
    }

    private long lastPlan;

    private PeriodView lastEndedPeriod() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var today = LocalDate.now();
            return schedules.periods(lastPlan).stream().filter(p -> p.endsOn().isBefore(today))
                    .reduce((first, second) -> second).orElseThrow();
        } finally {
            TestSignIn.clear();
        }
    }
}
