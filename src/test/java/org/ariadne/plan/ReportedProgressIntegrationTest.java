package org.ariadne.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.Institutions;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reporting.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
