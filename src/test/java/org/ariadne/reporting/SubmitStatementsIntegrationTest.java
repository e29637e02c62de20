package org.ariadne.reporting;

import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.StatementLog;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A submission reads its report and its period once, and finds what is missing without building the whole
 * report sheet (no values, no evidence, no spending lines are read to count missing statuses).
 */
@AriadneIntegrationTest
@Import(StatementLog.class)
class SubmitStatementsIntegrationTest {

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void oneSubmitReadsTheReportAndItsPeriodOnce() {
        var plan = new ReportingFixture(editing, institutions, schedules);
        var period = plan.lastEndedPeriod(schedules);
        as(TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT));
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Forty officers trained", null, List.of()));
        reports.saveActivity(period.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, "Two joint operations", null, List.of()));
        int version = reports.sheet(period.id(), plan.police).reportVersion();

        var log = StatementLog.during(() -> reports.submit(period.id(), plan.police, version));

        System.out.println("SQL of one submit (" + log.size() + " statements):");
        log.forEach(sql -> System.out.println("  " + sql));
        assertThat(StatementLog.reads(log, "progress_report")).as("reads of the report").isEqualTo(1);
        assertThat(StatementLog.reads(log, "reporting_period")).as("reads of the period").isEqualTo(1);
        assertThat(StatementLog.reads(log, "report_value")).as("values read to count what is missing").isZero();
        assertThat(StatementLog.reads(log, "report_evidence")).as("evidence read to count what is missing").isZero();
        assertThat(StatementLog.reads(log, "report_spending")).as("spending read to count what is missing").isZero();
        assertThat(reports.sheet(period.id(), plan.police).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
