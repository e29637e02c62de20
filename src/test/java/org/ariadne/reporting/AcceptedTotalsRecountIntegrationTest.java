package org.ariadne.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A total damaged in the database (a repair by hand gone wrong) is found and put right by the administrator's
 * recount, which says what differed; the dashboards' figures are those of the accepted values again.
 */
@AriadneIntegrationTest
class AcceptedTotalsRecountIntegrationTest {

    @Autowired
    AcceptedTotals acceptedTotals;
    @Autowired
    AcceptedTotalsRecountRunner runner;
    @Autowired
    IndicatorYearTotals totals;
    @Autowired
    ReportedValues reported;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    ReportingFixture plan;
    int year;
    List<ReportedValues.YearValue> accepted;

    /** Police and shelter each have an accepted report counted in the totals as an acceptance counts it. */
    @BeforeEach
    void twoAcceptedReports() {
        plan = new ReportingFixture(editing, institutions, schedules);
        var period = plan.lastEndedPeriod(schedules);
        year = period.endsOn().getYear();
        long police = report(period, plan.police, plan.victimsIdentified, "7");
        long shelter = report(period, plan.shelter, plan.bedsAvailable, "5");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            totals.add(police, plan.planId);
            totals.add(shelter, plan.planId);
        });
        accepted = yearly();
        assertThat(accepted).extracting(ReportedValues.YearValue::indicatorId, v -> v.sum().intValue())
                .containsExactlyInAnyOrder(tuple(plan.victimsIdentified, 7), tuple(plan.bedsAvailable, 5));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void recountPutsRightWhatWasDamagedAndSaysWhat() throws Exception {
        damage();
        assertThat(yearly()).as("the damage shows in the figures").isNotEqualTo(accepted);

        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var recount = acceptedTotals.recount(plan.planId);

        assertThat(recount.differences()).extracting(TotalsRecount.Difference::indicatorId,
                        TotalsRecount.Difference::year, TotalsRecount.Difference::kept, TotalsRecount.Difference::recounted)
                .containsExactlyInAnyOrder(
                        tuple(plan.victimsIdentified, year, "no accepted value",
                                "1 value, sum 7, " + latest(plan.victimsIdentified, "7")),
                        tuple(plan.bedsAvailable, year, "3 values, sum 105, " + latest(plan.bedsAvailable, "5"),
                                "1 value, sum 5, " + latest(plan.bedsAvailable, "5")),
                        tuple(plan.operationsHeld, year - 1,
                                "1 value, sum 1, latest 1 on " + (year - 1) + "-12-31 (value 999999999)", "no accepted value"));
        assertThat(yearly()).as("the figures of the accepted values again").isEqualTo(accepted);

        var audited = jdbc.queryForObject("""
                select after_state from audit_event where entity_type = 'accepted-totals' and entity_id = ?
                order by id desc limit 1""", String.class, plan.planId);
        assertThat(audited).contains("\"putRight\":3").contains("indicator " + plan.bedsAvailable + ", " + year)
                .contains("1 value, sum 5");
        assertThat(page("/audit?planId=" + plan.planId, Role.ADMINISTRATOR)).contains("Accepted totals (recount)")
                .contains("Indicator-years put right");
        assertThat(page("/audit/history/accepted-totals/" + plan.planId, Role.ADMINISTRATOR))
                .contains("3 values, sum 105").contains("1 value, sum 5");
        assertThat(page("/audit?planId=" + plan.planId, Role.EVALUATOR)).doesNotContain("Indicator-years put right");

        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        assertThat(acceptedTotals.recount(plan.planId).differences()).as("nothing left to put right").isEmpty();
    }

    @Test
    void theStartUpRecountPutsRightEveryPlan() {
        damage();

        assertThat(runner.recountAll()).isGreaterThanOrEqualTo(3);

        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(yearly()).isEqualTo(accepted);
        assertThat(jdbc.queryForObject("""
                select actor from audit_event where entity_type = 'accepted-totals' and entity_id = ?
                order by id desc limit 1""", String.class, plan.planId)).isEqualTo("system");
    }

    @Test
    void onlyTheAdministratorRecounts() {
        damage();
        for (var role : List.of(Role.ME_OFFICER, Role.COORDINATOR, Role.FOCAL_POINT)) {
            TestSignIn.onThisThread(role);
            assertThatThrownBy(() -> acceptedTotals.recount(plan.planId)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(yearly()).as("still damaged").isNotEqualTo(accepted);
    }

    /**
     * A report accepted while the recount runs waits for the recount's lock on the indicator's year, then adds its
     * value to the recounted total: neither overwrites the other.
     */
    @Test
    void anAcceptanceDuringTheRecountCountsOnTop() throws Exception {
        var period = plan.lastEndedPeriod(schedules);
        var accepted = new CompletableFuture<Void>();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long ministry = institutions.create(InstitutionCommand.named(Unique.name("Ministry"), InstitutionType.OTHER));
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        new TransactionTemplate(transactions).executeWithoutResult(recounting -> {
            acceptedTotals.recount(plan.planId);
            int waitingBefore = sessionsWaitingOnALock();
            new Thread(() -> {
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(acceptance ->
                            totals.add(report(period, ministry, plan.bedsAvailable, "3"), plan.planId));
                    accepted.complete(null);
                } catch (RuntimeException e) {
                    accepted.completeExceptionally(e);
                }
            }).start();
            // the acceptance is inside its transaction, waiting for the recount's lock on the beds' year
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sessionsWaitingOnALock() > waitingBefore);
        });
        accepted.get();

        var beds = yearly().stream().filter(v -> v.indicatorId() == plan.bedsAvailable).findFirst().orElseThrow();
        assertThat(beds.count()).isEqualTo(2);
        assertThat(beds.sum()).isEqualByComparingTo("8");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        assertThat(acceptedTotals.recount(plan.planId).differences()).as("nothing to put right").isEmpty();
    }

    private int sessionsWaitingOnALock() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** Beds counted three times over, the victims' year lost, a year of operations that nobody reported. */
    private void damage() {
        jdbc.update("update indicator_year_total set values_count = 3, total_sum = 105 where indicator_id = ? and yr = ?",
                plan.bedsAvailable, year);
        jdbc.update("delete from indicator_year_total where indicator_id = ?", plan.victimsIdentified);
        jdbc.update("""
                insert into indicator_year_total (indicator_id, yr, plan_id, values_count, total_sum, numerator_count,
                    denominator_count, last_ends_on, last_value_id, last_total) values (?, ?, ?, 1, 1, 0, 0, ?, 999999999, 1)""",
                plan.operationsHeld, year - 1, plan.planId, Date.valueOf(java.time.LocalDate.of(year - 1, 12, 31)));
    }

    private String page(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(TestSignIn.as(role)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<ReportedValues.YearValue> yearly() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return reported.yearly(plan.planId, year, false);
    }

    private String latest(long indicatorId, String total) {
        var value = jdbc.queryForMap("select id, ends_on from report_value where indicator_id = ?", indicatorId);
        return "latest " + total + " on " + ((Date) value.get("ends_on")).toLocalDate() + " (value " + value.get("id") + ")";
    }

    private long report(PeriodView period, long institution, long indicator, String total) {
        var now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("delete from progress_report where period_id = ? and institution_id = ?", period.id(), institution);
        jdbc.update("""
                insert into progress_report (plan_id, period_id, institution_id, status, first_submitted_at, submitted_at,
                    accepted_at, created_at, updated_at) values (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)""",
                plan.planId, period.id(), institution, now, now, now, now, now);
        long id = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                Long.class, period.id(), institution);
        jdbc.update("insert into report_value (report_id, indicator_id, starts_on, ends_on, total) values (?, ?, ?, ?, ?)",
                id, indicator, Date.valueOf(period.startsOn()), Date.valueOf(period.endsOn()), new BigDecimal(total));
        return id;
    }
}
