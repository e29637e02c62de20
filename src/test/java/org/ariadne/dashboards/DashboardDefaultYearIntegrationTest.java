package org.ariadne.dashboards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A plan whose reporting stopped (as the demo's did after 2017): its dashboards open, when no year is chosen, on the
 * latest year that has accepted reports, not on this year's empty one, and say why; a year chosen by hand is shown
 * as chosen.
 */
@AriadneIntegrationTest
class DashboardDefaultYearIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void withoutReportsThisYearTheDashboardsOpenOnTheLatestYearWithReportsAndSaySo() throws Exception {
        var plan = new ReportingFixture(planEditing, institutions, schedules);
        int thisYear = LocalDate.now().getYear();
        var nothingYet = page("/plans/" + plan.planId + "/dashboard", Role.MEMBER);
        assertThat(nothingYet.selectFirst("h1").text()).as("no year has reports: the calendar's year")
                .isEqualTo("Dashboard " + thisYear);
        assertThat(nothingYet.select("#latest-with-data")).isEmpty();

        acceptOneReportOfLastYear(plan);

        var english = page("/plans/" + plan.planId + "/dashboard", Role.MEMBER);
        assertThat(english.selectFirst("h1").text()).isEqualTo("Dashboard " + (thisYear - 1));
        assertThat(english.select("#filter-year option[selected]").text()).isEqualTo(String.valueOf(thisYear - 1));
        assertThat(english.selectFirst("#latest-with-data").text())
                .contains("showing " + (thisYear - 1) + ", the latest year with reports");
        assertThat(english.selectFirst("#overall").text()).doesNotContain("without data on 3 of 3");

        var albanian = page("/plans/" + plan.planId + "/dashboard?lang=sq", Role.MEMBER);
        assertThat(albanian.selectFirst("#latest-with-data").text())
                .contains("po shfaqet " + (thisYear - 1) + ", viti i fundit me raporte");

        var institution = page("/plans/" + plan.planId + "/institutions/" + plan.shelter + "/dashboard", Role.MEMBER);
        assertThat(institution.select("#filter-year option[selected]").text()).isEqualTo(String.valueOf(thisYear - 1));
        assertThat(institution.select("#latest-with-data")).hasSize(1);
        var indicator = page("/indicators/" + plan.bedsAvailable + "/dashboard", Role.MEMBER);
        assertThat(indicator.select("#filter-year option[selected]").text()).isEqualTo(String.valueOf(thisYear - 1));

        var chosen = page("/plans/" + plan.planId + "/dashboard?year=" + thisYear, Role.MEMBER);
        assertThat(chosen.selectFirst("h1").text()).as("a year chosen by hand").isEqualTo("Dashboard " + thisYear);
        assertThat(chosen.select("#latest-with-data")).isEmpty();
    }

    private void acceptOneReportOfLastYear(ReportingFixture plan) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var lastYears = schedules.periods(plan.planId).stream()
                .filter(period -> period.endsOn().getYear() == LocalDate.now().getYear() - 1).findFirst().orElseThrow();
        var focal = TestSignIn.user("focal-dashboard-default", plan.shelter, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(lastYears.id(), plan.shelter, plan.beds, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Ten beds opened", null, List.of()));
        reports.submit(lastYears.id(), plan.shelter, reports.sheet(lastYears.id(), plan.shelter).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(lastYears.id(), plan.shelter, reports.sheet(lastYears.id(), plan.shelter).reportVersion());
        TestSignIn.clear();
    }

    private Document page(String path, Role role) throws Exception {
        var html = mvc.perform(get(path).with(TestSignIn.as(role))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
