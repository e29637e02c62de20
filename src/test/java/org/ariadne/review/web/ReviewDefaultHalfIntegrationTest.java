package org.ariadne.review.web;

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
import org.ariadne.review.HalfYear;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The review opens, when no half-year is asked for, on the last half-year that has ended; and when nothing was
 * reported in it (reporting stopped, as in the demo plan), on the latest half-year that has reports, not on an empty
 * one.
 */
@AriadneIntegrationTest
class ReviewDefaultHalfIntegrationTest {

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
    void withoutReportsInTheLastHalfYearTheReviewOpensOnTheLatestHalfYearWithReports() throws Exception {
        var plan = new ReportingFixture(planEditing, institutions, schedules);
        var lastEnded = HalfYear.containing(LocalDate.now()).previous();
        assertThat(shownHalf(plan)).isEqualTo(lastEnded.label());

        // the shelter reported once, a year before the last half-year that ended
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var yearBefore = schedules.periods(plan.planId).stream()
                .filter(period -> period.endsOn().isBefore(LocalDate.now().minusYears(1))).reduce((a, b) -> b)
                .orElseThrow();
        var focal = TestSignIn.user("focal-review-default", plan.shelter, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(yearBefore.id(), plan.shelter, plan.beds, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Ten beds opened", null, List.of()));
        reports.submit(yearBefore.id(), plan.shelter, reports.sheet(yearBefore.id(), plan.shelter).reportVersion());
        TestSignIn.clear();

        assertThat(shownHalf(plan)).isEqualTo(HalfYear.containing(yearBefore.endsOn()).label());
    }

    /** The half-year the review page shows when none is asked for, as its selector says. */
    private String shownHalf(ReportingFixture plan) throws Exception {
        var html = mvc.perform(get("/plans/" + plan.planId + "/review").with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html).select("select#half option[selected]").attr("value");
    }
}
