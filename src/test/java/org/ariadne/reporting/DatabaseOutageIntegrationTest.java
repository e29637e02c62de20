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
import org.ariadne.support.BreakableDatabase;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The database connection dies in the middle of a submission: the focal point is told clearly that nothing was
 * lost, the draft is exactly as it was, and submitting again once the database is back works.
 */
@AriadneIntegrationTest
@Import(BreakableDatabase.class)
class DatabaseOutageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    @AfterEach
    void databaseBack() {
        BreakableDatabase.restore();
        TestSignIn.clear();
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void aSubmissionCutOffByALostConnectionLosesNothingAndSucceedsOnRetry() throws Exception {
        var plan = new ReportingFixture(editing, institutions, schedules);
        var period = plan.lastEndedPeriod(schedules);
        var focal = TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT);
        as(focal);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Forty officers trained", null, List.of()));
        reports.saveActivity(period.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, "Two joint operations", null, List.of()));
        int version = reports.sheet(period.id(), plan.police).reportVersion();
        var submit = post("/reporting/" + period.id() + "/institutions/" + plan.police + "/submit").param("confirmed", "true")
                .param("version", String.valueOf(version)).with(csrf()).with(TestSignIn.as(focal));

        // the connection is lost after the report row was changed, while its audit entry is being written
        BreakableDatabase.breakOn("insert into audit_event");
        var cutOff = mvc.perform(submit).andReturn().getResponse();

        assertThat(BreakableDatabase.isDown()).isTrue();
        assertThat(cutOff.getStatus()).isEqualTo(503);
        assertThat(cutOff.getContentAsString()).contains("cannot reach its database").contains("Nothing was lost");

        BreakableDatabase.restore();
        as(focal);
        var draft = reports.sheet(period.id(), plan.police);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.report().firstSubmittedAt()).isNull();
        assertThat(draft.activities()).extracting(a -> a.entry().narrative())
                .containsExactly("Forty officers trained", "Two joint operations");

        var retried = mvc.perform(submit).andReturn().getResponse();

        assertThat(retried.getStatus()).isEqualTo(302);
        as(focal);
        assertThat(reports.sheet(period.id(), plan.police).status()).isEqualTo(ReportStatus.SUBMITTED);
    }
}
