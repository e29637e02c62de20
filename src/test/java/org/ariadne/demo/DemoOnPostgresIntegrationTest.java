package org.ariadne.demo;

import java.sql.DriverManager;

import org.ariadne.AriadneApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command pointed at an empty PostgreSQL database (ARIADNE_DB_URL): the demo loads there as it
 * does on the embedded database, reports and their back-dated history and the victim register included. Runs in the PostgreSQL pass of the
 * suite only, on a database of its own that it creates next to the test database.
 */
@EnabledIfEnvironmentVariable(named = "ARIADNE_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class DemoOnPostgresIntegrationTest {

    @Test
    void theDemoLoadsOnAnEmptyPostgresDatabase() throws Exception {
        var testUrl = System.getenv("ARIADNE_TEST_DB_URL");
        var user = System.getenv().getOrDefault("ARIADNE_TEST_DB_USER", "postgres");
        var password = System.getenv().getOrDefault("ARIADNE_TEST_DB_PASSWORD", "");
        var base = testUrl.replaceAll("[?].*$", "");
        var database = base.substring(base.lastIndexOf('/') + 1) + "_demo";
        var demoUrl = base.substring(0, base.lastIndexOf('/') + 1) + database;
        try (var connection = DriverManager.getConnection(testUrl, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        }

        var evidence = System.getProperty("java.io.tmpdir") + "/ariadne-demo-evidence-" + ProcessHandle.current().pid();
        // command-line arguments, as a person would pass them: they outrank application.yml, whose datasource would
        // otherwise win over properties given to the builder and start the demo on the embedded database instead
        try (var context = new SpringApplicationBuilder(AriadneApplication.class).profiles("demo")
                .run("--spring.datasource.url=" + demoUrl, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--server.port=0",
                        "--ariadne.reporting.evidence-directory=" + evidence)) {
            assertThat(context.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(demoUrl);
            var jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from progress_report where status = 'ACCEPTED'").query(Long.class)
                    .single()).as("two years of accepted demo reports").isGreaterThan(50);
            assertThat(jdbc.sql("select count(*) from progress_report where returned_at is not null")
                    .query(Long.class).single()).as("returned reports keep their back-dated return").isPositive();
            // issue 12: the demo's notices say late only of reports first submitted after their deadline
            var lateNotices = """
                    select count(*) from notice n
                    join progress_report r on n.link = concat('/reporting/', r.period_id, '/institutions/', r.institution_id)
                    join reporting_period p on p.id = r.period_id
                    where n.message_key = 'reporting.notice.submitted-late' and %s""";
            assertThat(jdbc.sql(lateNotices.formatted("cast(r.first_submitted_at as date) > p.deadline"))
                    .query(Long.class).single()).as("late reports told late").isPositive();
            assertThat(jdbc.sql(lateNotices.formatted("cast(r.first_submitted_at as date) <= p.deadline"))
                    .query(Long.class).single()).as("on-time reports told late").isZero();
            assertThat(jdbc.sql("select count(*) from user_account where username = 'officer'").query(Long.class)
                    .single()).isEqualTo(1);
            long cases = jdbc.sql("select count(*) from victim_case").query(Long.class).single();
            assertThat(cases).as("the demo victim register").isBetween(400L, 600L);
            assertThat(jdbc.sql("select count(distinct person_id) from victim_case").query(Long.class).single())
                    .as("persons, fewer than cases once the officer confirmed the links").isLessThan(cases);
            assertThat(jdbc.sql("select count(*) from victim_case_match where decision = 'PROPOSED'")
                    .query(Long.class).single()).as("proposals waiting for the officer").isPositive();
        }
    }
}
