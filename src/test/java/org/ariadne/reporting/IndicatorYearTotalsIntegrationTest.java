package org.ariadne.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Two reports accepted at the same moment, with values of the same indicator and year, both count. */
@AriadneIntegrationTest
class IndicatorYearTotalsIntegrationTest {

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

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /**
     * The second acceptance reads the indicator's year while the first has changed it but not committed: it waits
     * for the first, then adds its value to what the first wrote instead of overwriting it.
     */
    @Test
    void twoAcceptancesAtOnceBothCount() throws Exception {
        var plan = new ReportingFixture(editing, institutions, schedules);
        var period = plan.lastEndedPeriod(schedules);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long ministry = institutions.create(InstitutionCommand.named(Unique.name("Ministry"), InstitutionType.OTHER));
        // an earlier acceptance of the year: the row of the indicator's year is there
        new TransactionTemplate(transactions).executeWithoutResult(
                status -> totals.add(report(plan, period, ministry, "1"), plan.planId));
        long police = report(plan, period, plan.police, "7");
        long shelter = report(plan, period, plan.shelter, "5");

        var second = new CompletableFuture<Void>();
        new TransactionTemplate(transactions).executeWithoutResult(first -> {
            totals.add(police, plan.planId);
            int waitingBefore = sessionsWaitingOnALock();
            new Thread(() -> {
                try {
                    new TransactionTemplate(transactions).executeWithoutResult(status -> totals.add(shelter, plan.planId));
                    second.complete(null);
                } catch (RuntimeException e) {
                    second.completeExceptionally(e);
                }
            }).start();
            // the second is inside its transaction, waiting for this one's lock on the row
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sessionsWaitingOnALock() > waitingBefore);
        });
        second.get();

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var year = reported.yearly(plan.planId, period.endsOn().getYear(), false).stream()
                .filter(v -> v.indicatorId() == plan.bedsAvailable).findFirst().orElseThrow();
        assertThat(year.count()).isEqualTo(3);
        assertThat(year.sum()).isEqualByComparingTo("13");
        assertThat(year.last()).as("the value entered last").isEqualByComparingTo("5");
    }

    private long report(ReportingFixture plan, PeriodView period, long institution, String total) {
        var now = Timestamp.valueOf(LocalDateTime.now());
        jdbc.update("delete from progress_report where period_id = ? and institution_id = ?", period.id(), institution);
        jdbc.update("""
                insert into progress_report (plan_id, period_id, institution_id, status, first_submitted_at, submitted_at,
                    accepted_at, created_at, updated_at) values (?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)""",
                plan.planId, period.id(), institution, now, now, now, now, now);
        long id = jdbc.queryForObject("select id from progress_report where period_id = ? and institution_id = ?",
                Long.class, period.id(), institution);
        jdbc.update("insert into report_value (report_id, indicator_id, starts_on, ends_on, total) values (?, ?, ?, ?, ?)",
                id, plan.bedsAvailable, Date.valueOf(period.startsOn()), Date.valueOf(period.endsOn()), new BigDecimal(total));
        return id;
    }

    private int sessionsWaitingOnALock() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(sql, Integer.class);
    }
}
