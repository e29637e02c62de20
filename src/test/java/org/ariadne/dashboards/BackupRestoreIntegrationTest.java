package org.ariadne.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.ariadne.AriadneApplication;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README "Backup and restore", done as it says: the test database is dumped with pg_dump while Ariadne has accepted
 * reports in it, restored with pg_restore into a fresh database, and Ariadne started on the restored one shows the
 * same accepted report and the same progress. PostgreSQL only (the PostgreSQL pass of the suite), on a database of its
 * own next to the test database.
 */
@EnabledIfEnvironmentVariable(named = "ARIADNE_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class BackupRestoreIntegrationTest {

    @Test
    void aDumpRestoredIntoAFreshDatabaseStartsWithTheAcceptedReports() throws Exception {
        var testUrl = System.getenv("ARIADNE_TEST_DB_URL");
        var user = System.getenv().getOrDefault("ARIADNE_TEST_DB_USER", "postgres");
        var password = System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", "");
        var base = testUrl.replaceAll("[?].*$", "");
        var source = base.substring(base.lastIndexOf('/') + 1);
        var restored = source + "_restored";
        var restoredUrl = base.substring(0, base.lastIndexOf('/') + 1) + restored;
        var hostAndPort = base.substring("jdbc:postgresql://".length(), base.lastIndexOf('/'));

        long planId;
        long victims;
        int year;
        long accepted;
        try (var node = start(testUrl, user, password)) {
            var plan = new DashboardFixture(node.getBean(PlanEditing.class), node.getBean(Institutions.class),
                    node.getBean(ReportingSchedules.class), node.getBean(ProgressReports.class),
                    node.getBean(Plans.class));
            planId = plan.planId;
            victims = plan.victims;
            year = plan.year;
            accepted = acceptedReports(node, planId);
            assertThat(accepted).as("the fixture's two accepted reports").isEqualTo(2);
        }

        var dump = Files.createTempFile("ariadne-backup-", ".dump");
        try {
            run(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + dump,
                    "postgresql://" + user + "@" + hostAndPort + "/" + source), password);
            try (var connection = DriverManager.getConnection(testUrl, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("drop database if exists " + restored + " with (force)");
                statement.execute("create database " + restored);
            }
            run(List.of("pg_restore", "--no-owner", "--exit-on-error",
                    "--dbname=postgresql://" + user + "@" + hostAndPort + "/" + restored, dump.toString()), password);

            try (var node = start(restoredUrl, user, password)) {
                assertThat(acceptedReports(node, planId)).isEqualTo(accepted);
                TestSignIn.onThisThread(Role.MEMBER);
                var progress = node.getBean(DashboardCharts.class)
                        .indicator(victims, DashboardFilter.year(year), Locale.ENGLISH).progress().achievement();
                assertThat(progress.percent().toPlainString()).as("20 + 30 of 200 victims").isEqualTo("25.00");
            } finally {
                TestSignIn.clear();
            }
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String password) {
        return new SpringApplicationBuilder(AriadneApplication.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0");
    }

    private static long acceptedReports(ConfigurableApplicationContext node, long planId) {
        return node.getBean(JdbcClient.class).sql("""
                        select count(*) from progress_report r join reporting_period p on p.id = r.period_id
                        where p.plan_id = ? and r.status = 'ACCEPTED'""")
                .param(planId).query(Long.class).single();
    }

    private static void run(List<String> command, String password) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().put("PGPASSWORD", password);
        var started = process.start();
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).as(command.get(0) + " finished").isTrue();
        var output = new String(started.getInputStream().readAllBytes());
        assertThat(started.exitValue()).as(command.get(0) + ": " + output).isZero();
    }
}
