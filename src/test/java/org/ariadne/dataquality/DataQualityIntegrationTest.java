package org.ariadne.dataquality;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reporting.ValueCommand;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-quality checks as the office and an institution meet them (issue 12, item 9): the police's July figure,
 * far above its earlier months, is flagged on its report before submitting (without a word of another institution)
 * and on the confirmation page, yet the report is submitted; the office finds it, and the shelter's running total that
 * fell once the office set that check for its indicator, on the page of the period and in its download; thresholds
 * are checked, stale settings refused, and every setting is in the trail.
 */
@AriadneIntegrationTest
class DataQualityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    AuditHistory history;

    ReportingFixture plan;
    PeriodView earlier;
    PeriodView period;
    SignedInUser police;
    SignedInUser shelter;

    @BeforeEach
    void twoQuartersOfFigures() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var periods = schedules.periods(plan.planId);
        earlier = periods.get(periods.indexOf(period) - 1);
        police = TestSignIn.user(Unique.username("police"), plan.police, Role.FOCAL_POINT);
        shelter = TestSignIn.user(Unique.username("shelter"), plan.shelter, Role.FOCAL_POINT);

        // the quarter before: 10, 12, 11 victims a month, 30 beds; sent and accepted
        monthly(earlier, "10", "12", "11");
        beds(earlier, "30");
        for (var institution : List.of(plan.police, plan.shelter)) {
            as(institution == plan.police ? police : shelter);
            reports.submit(earlier.id(), institution, reports.sheet(earlier.id(), institution).reportVersion());
            TestSignIn.onThisThread(Role.ME_OFFICER);
            reports.accept(earlier.id(), institution, reports.sheet(earlier.id(), institution).reportVersion());
        }
        // this quarter: August far above the months before; the shelter's beds fell to 20 and it sent its report
        monthly(period, "12", "40", "11");
        beds(period, "20");
        as(shelter);
        reports.submit(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private void monthly(PeriodView quarter, String... totals) {
        as(police);
        for (int month = 0; month < totals.length; month++) {
            reports.saveValue(quarter.id(), plan.police, plan.victimsIdentified, quarter.startsOn().plusMonths(month), 0,
                    new ValueCommand(new BigDecimal(totals[month]), null, null, Map.of(), null));
        }
        reports.saveActivity(quarter.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Courses", null, List.of()));
        reports.saveActivity(quarter.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, null, null, List.of()));
    }

    private void beds(PeriodView quarter, String total) {
        as(shelter);
        reports.saveValue(quarter.id(), plan.shelter, plan.bedsAvailable, quarter.startsOn(), 0,
                new ValueCommand(new BigDecimal(total), null, null, Map.of(), null));
        reports.saveActivity(quarter.id(), plan.shelter, plan.beds, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Beds", null, List.of()));
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private String page(String path, SignedInUser user) throws Exception {
        return mvc.perform(get(path).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String officePage() throws Exception {
        return mvc.perform(get("/plans/{id}/data-quality", plan.planId).param("period", String.valueOf(period.id()))
                .with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String august() {
        return "i-" + plan.victimsIdentified + "-" + period.startsOn().plusMonths(1);
    }

    @Test
    void thePoliceSeeTheirUnusualFigureBeforeSubmittingAndStillSubmit() throws Exception {
        var report = "/reporting/" + period.id() + "/institutions/" + plan.police;
        var page = page(report, police);

        assertThat(page).contains("Figures to check").contains("href=\"#" + august() + "\"")
                .contains("40 is far from the previous values (median 11.5; more than 100 % away)");
        assertThat(org.jsoup.Jsoup.parse(page).select(".check-list").text()).doesNotContain("Shelter");
        // the first month (12 against 10, 12, 11) and the last (11) are not flagged
        assertThat(page.split("is far from the previous values", -1)).hasSize(2);

        var confirm = mvc.perform(post(report + "/submit").param("version",
                        String.valueOf(reportVersion())).with(TestSignIn.as(police)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(confirm).contains("Check this figure before you submit:").contains(august());

        mvc.perform(post(report + "/submit").param("version", String.valueOf(reportVersion()))
                        .param("confirmed", "true").with(TestSignIn.as(police)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "reporting.report.submitted"));
    }

    private int reportVersion() {
        as(police);
        try {
            return reports.sheet(period.id(), plan.police).reportVersion();
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theOfficeFindsEveryFlaggedFigureOfThePeriodOnItsPageAndInTheDownload() throws Exception {
        as(police);
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        TestSignIn.clear();
        // a running total only where the office says so: the shelter's beds
        assertThat(officePage()).contains("40 is far from the previous values").doesNotContain("20 is lower");
        mvc.perform(post("/plans/{id}/data-quality/rules", plan.planId).param("indicatorId",
                        String.valueOf(plan.bedsAvailable)).param("kind", "CUMULATIVE_FALLS").param("enabled", "true")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "dataquality.rules.saved"));

        var page = officePage();
        assertThat(page).contains("40 is far from the previous values")
                .contains("20 is lower than the previous value, 30, of a figure that adds up over time")
                .contains("/reporting/" + period.id() + "/institutions/" + plan.police + "#" + august());

        var xlsx = mvc.perform(get("/plans/{id}/data-quality.xlsx", plan.planId)
                        .param("period", String.valueOf(period.id())).param("kind", "CUMULATIVE_FALLS")
                        .with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            var text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell).append(" | ")));
            assertThat(text.toString()).contains("Beds available").contains("20 is lower than the previous value")
                    .doesNotContain("far from the previous values");
        }
    }

    @Test
    void onlyTheOfficeReadsThePageAndSetsTheChecks() throws Exception {
        for (var path : List.of("/plans/" + plan.planId + "/data-quality",
                "/plans/" + plan.planId + "/data-quality/rules")) {
            mvc.perform(get(path).with(TestSignIn.as(police))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/plans/{id}/data-quality/rules", plan.planId).param("kind", "FAR_FROM_PREVIOUS")
                        .param("enabled", "false").param("threshold", "100").with(TestSignIn.as(police)).with(csrf()))
                .andExpect(status().isForbidden());
        // the office reads what was sent: the police's figures are still a draft
        assertThat(officePage()).contains("No figure of this period is flagged");
    }

    @Test
    void aThresholdMustBeANumberWithinReasonAndAStaleSettingIsRefused() throws Exception {
        var rules = "/plans/" + plan.planId + "/data-quality/rules";
        mvc.perform(post(rules).param("kind", "FAR_FROM_PREVIOUS").param("enabled", "true").param("threshold", "abc")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "dataquality.rules.not-saved"));
        mvc.perform(post(rules).param("kind", "FAR_FROM_PREVIOUS").param("enabled", "true").param("threshold", "0")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "dataquality.error.threshold-range"));
        mvc.perform(post(rules).param("kind", "FAR_FROM_PREVIOUS").param("enabled", "true")
                        .param("indicatorId", "999999999").param("threshold", "50")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "dataquality.error.indicator-not-in-plan"));
        assertThat(page(rules, TestSignIn.user("officer", null, Role.ME_OFFICER))).contains("built-in setting");

        // four times the median for all: 40 against 11.5 is no longer far
        mvc.perform(post(rules).param("kind", "FAR_FROM_PREVIOUS").param("enabled", "true").param("threshold", "300")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "dataquality.rules.saved"));
        assertThat(page("/reporting/" + period.id() + "/institutions/" + plan.police, police))
                .doesNotContain("is far from the previous values");
        // someone who opened the page before that change (no setting then) does not overwrite it
        mvc.perform(post(rules).param("kind", "FAR_FROM_PREVIOUS").param("enabled", "true").param("threshold", "50")
                        .with(TestSignIn.as(Role.COORDINATOR)).with(csrf()))
                .andExpect(flash().attribute("problemKey", "dataquality.conflict"));

        TestSignIn.onThisThread(Role.COORDINATOR);
        var trail = history.search(new AuditFilter(plan.planId, "data-quality-rule", null, null, null, null), 10);
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.after()).containsEntry("kind", "FAR_FROM_PREVIOUS").containsEntry("threshold", "300");
        });
    }
}
