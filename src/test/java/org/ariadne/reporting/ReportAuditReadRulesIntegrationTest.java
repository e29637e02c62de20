package org.ariadne.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail shows a report's lines only to whoever may read the report itself: an evaluator and the
 * administrator get 403 on a draft, so its narrative and values must not come out of the trail, its history page
 * or its downloads either; once submitted, the evaluator reads them there as on the report.
 */
@AriadneIntegrationTest
class ReportAuditReadRulesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressReports reports;
    @Autowired
    AuditHistory history;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser focal;
    String narrative;
    long entryId;
    long valueId;

    @BeforeEach
    void draftWithANarrativeAndAValue() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        focal = TestSignIn.user(Unique.username("police-focal"), plan.police, Role.FOCAL_POINT);
        narrative = Unique.name("Raided the bar on the quiet");
        as(focal);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, narrative, null, List.of()));
        reports.saveActivity(period.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, null, null, List.of()));
        reports.saveValue(period.id(), plan.police, plan.victimsIdentified, period.startsOn(), 0,
                new ValueCommand(new BigDecimal("4321"), null, null, Map.of(), null));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        entryId = history.search(new AuditFilter(plan.planId, "report-activity", null, null, null, null), 10)
                .stream().filter(entry -> narrative.equals(entry.after().get("narrative"))).findFirst().orElseThrow()
                .entityId();
        valueId = history.search(new AuditFilter(plan.planId, "report-value", null, null, null, null), 1)
                .get(0).entityId();
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aDraftIsInNoEvaluatorsOrAdministratorsTrailHistoryOrDownload() throws Exception {
        for (var role : List.of(Role.EVALUATOR, Role.ADMINISTRATOR)) {
            assertThat(body("/audit?type=report-activity&planId=" + plan.planId, role)).doesNotContain(narrative);
            assertThat(body("/audit.csv?type=report-activity", role)).doesNotContain(narrative);
            assertThat(body("/audit.csv?planId=" + plan.planId, role)).doesNotContain(narrative).doesNotContain("4321");
            mvc.perform(get("/audit/history/report-activity/" + entryId).with(TestSignIn.as(role)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/audit/history/report-value/" + valueId + ".csv").with(TestSignIn.as(role)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theOfficeReadsTheDraftInTheTrail() throws Exception {
        assertThat(body("/audit.csv?type=report-activity", Role.ME_OFFICER)).contains(narrative);
        assertThat(body("/audit/history/report-activity/" + entryId, Role.COORDINATOR)).contains(narrative);
        assertThat(body("/audit/history/report-value/" + valueId + ".csv", Role.ME_OFFICER)).contains("4321");
    }

    @Test
    void onceSubmittedTheEvaluatorReadsItButTheAdministratorStillDoesNot() throws Exception {
        as(focal);
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        TestSignIn.clear();

        assertThat(body("/audit.csv?type=report-activity", Role.EVALUATOR)).contains(narrative);
        assertThat(body("/audit/history/report-activity/" + entryId, Role.EVALUATOR)).contains(narrative);
        assertThat(body("/audit.csv?type=report-activity", Role.ADMINISTRATOR)).doesNotContain(narrative);
    }

    @Test
    void aFocalPointWhoAlsoEvaluatesReadsTheirOwnDraftButNoOneElses() throws Exception {
        var focalEvaluator = TestSignIn.user(Unique.username("focal-evaluator"), plan.police, Role.FOCAL_POINT,
                Role.EVALUATOR);
        var otherEvaluator = TestSignIn.user(Unique.username("shelter-evaluator"), plan.shelter, Role.FOCAL_POINT,
                Role.EVALUATOR);
        assertThat(body("/audit.csv?type=report-activity", focalEvaluator)).contains(narrative);
        assertThat(body("/audit.csv?type=report-activity", otherEvaluator)).doesNotContain(narrative);
    }

    private String body(String url, Role role) throws Exception {
        return body(url, TestSignIn.user(Unique.username(role.name().toLowerCase(java.util.Locale.ROOT)), null, role));
    }

    private String body(String url, SignedInUser user) throws Exception {
        return mvc.perform(get(url).with(TestSignIn.as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
