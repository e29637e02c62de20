package org.ariadne.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.Institutions;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status an activity shows, whether it came from accepted reports or from the M&E officer, and the line each
 * change leaves in the activity's history.
 */
@AriadneIntegrationTest
class ReportedProgressIntegrationTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 31);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 30);

    @Autowired
    ReportedProgress reported;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    AuditHistory history;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    ReportingFixture plan;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theLatestPeriodsStatusStaysWhateverOrderReportsAreAcceptedInAndTheOfficerMayCorrectIt() {
        reported.record(Map.of(plan.training, ActivityStatus.COMPLETED, plan.operations, ActivityStatus.STARTED), JUNE);
        reported.record(Map.of(plan.training, ActivityStatus.STARTED), MARCH);

        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(status(plan.training)).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(status(plan.operations)).isEqualTo(ActivityStatus.STARTED);

        editing.recordStatus(plan.training, ActivityStatus.STARTED);

        assertThat(status(plan.training)).isEqualTo(ActivityStatus.STARTED);
        assertThat(history.forEntity(PlanEditing.ACTIVITY, plan.training)).map(ReportedProgressIntegrationTest::line)
                .containsExactly(
                        "UPDATED: status COMPLETED → STARTED",
                        "UPDATED: status → COMPLETED; statusAsOf → 2026-06-30",
                        "CREATED: code → A1.1.1; title → Training of police officers; leadInstitution → "
                                + institutions.get(plan.police).name() + "; supportingInstitutions → []; continuous → true;"
                                + " frequency → MONTHLY; budget → []");
    }

    /**
     * Two reports accepted one after the other are recorded by two listeners at the same time: the second reads the
     * activity while the first has written it but not yet committed. The later period's status is the one kept, and
     * neither listener fails (a failed listener leaves its status unrecorded until the application restarts).
     */
    @Test
    void twoReportsRecordedAtTheSameTimeBothCountAndTheLaterPeriodsStatusStays() throws Exception {
        var second = new CompletableFuture<Void>();
        new TransactionTemplate(transactions).executeWithoutResult(first -> {
            reported.record(Map.of(plan.training, ActivityStatus.STARTED), MARCH);
            var waitingBefore = sessionsWaitingOnALock();
            new Thread(() -> {
                try {
                    reported.record(Map.of(plan.training, ActivityStatus.COMPLETED), JUNE);
                    second.complete(null);
                } catch (RuntimeException e) {
                    second.completeExceptionally(e);
                }
            }).start();
            // the second listener is inside its transaction, waiting for the first to commit
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sessionsWaitingOnALock() > waitingBefore);
        });
        second.get();

        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(status(plan.training)).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(history.forEntity(PlanEditing.ACTIVITY, plan.training)).map(ReportedProgressIntegrationTest::line)
                .startsWith("UPDATED: status STARTED → COMPLETED; statusAsOf → 2026-06-30",
                        "UPDATED: status → STARTED; statusAsOf → 2026-03-31");
    }

    /** How many database sessions are waiting for another's lock, asked the way each database answers it. */
    private int sessionsWaitingOnALock() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String sql = "PostgreSQL".equals(product)
                ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return jdbc.queryForObject(sql, Integer.class);
    }

    private ActivityStatus status(long activity) {
        return plans.tree(plan.planId).activities().filter(a -> a.id() == activity).findFirst().orElseThrow().status();
    }

    private static String line(AuditEntry entry) {
        return entry.action() + ": " + entry.changes().stream()
                .map(change -> (change.field() + " " + (change.before() == null ? "" : change.before()) + " → "
                        + (change.after() == null ? "" : change.after())).replace("  ", " "))
                .collect(Collectors.joining("; "));
    }
}
