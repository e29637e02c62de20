package org.ariadne.review.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity's own page (issue 12, item 8): after the plan's part, its reports period by period, its indicators'
 * values, its half-year ratings and corrective actions, and a link to its history, for those who read reviews.
 */
@AriadneIntegrationTest
class ActivityFollowUpIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ReviewEditing editing;
    @Autowired
    ProgressReports reports;

    ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theActivityPageShowsItsReportsValuesRatingsAndCorrectiveActions() throws Exception {
        var plan = fixture.plan;
        var period = fixture.period;
        as(TestSignIn.user(Unique.username("shelter"), plan.shelter, Role.FOCAL_POINT));
        reports.saveActivity(period.id(), plan.shelter, plan.beds, 0, new ActivityEntryCommand(ActivityStatus.STARTED,
                "Twelve new beds opened in the northern shelter", "The municipality has not paid its share", List.of()));
        reports.saveValue(period.id(), plan.shelter, plan.bedsAvailable, period.startsOn(), 0,
                new ValueCommand(new BigDecimal("37"), null, null, Map.of(), null));
        reports.submit(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.clear();
        fixture.rate(plan.beds, new RatingCommand(3, "The municipality has not paid its share",
                "Raise the shelter's funding with the ministry", ActivityStatus.NOT_STARTED));
        fixture.action(plan.beds, "Ask the municipality to pay", plan.shelter, LocalDate.now().plusMonths(2));

        var page = page("/activities/" + plan.beds, TestSignIn.as(Role.MEMBER));

        var reported = page.select("table.follow-up-reports tbody tr");
        assertThat(reported).hasSize(1);
        assertThat(reported.text()).contains(period.label()).contains("3 Has started")
                .contains("Twelve new beds opened").contains("The municipality has not paid its share");
        assertThat(reported.select("a").attr("href")).endsWith("/reporting/" + period.id() + "/institutions/" + plan.shelter);
        assertThat(page.select("table.follow-up-values tbody tr").text()).contains("Beds available").contains("37");
        var rating = page.select(".follow-up-ratings li");
        assertThat(rating.text()).contains(fixture.half.label()).contains("3 Experiencing difficulties, needs revision")
                .contains("Raise the shelter's funding with the ministry").contains("1 Hasn't started");
        assertThat(rating.select("a").attr("href")).endsWith("/review?half=" + fixture.half.label() + "#a-" + plan.beds);
        assertThat(page.select(".follow-up-actions li").text()).contains("Ask the municipality to pay").contains("Open");
        assertThat(page.select("#activity-history")).as("the audit trail is not for members").isEmpty();

        var albanian = page("/activities/" + plan.beds + "?lang=sq", TestSignIn.as(Role.MEMBER));
        assertThat(albanian.select("#follow-up").text()).isEqualTo("Raportet për këtë aktivitet");
    }

    @Test
    void theOfficerFollowsTheLinkToTheActivitysHistory() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var page = page("/activities/" + fixture.plan.training, officer);

        assertThat(page.select("#follow-up ~ p.empty, .empty").eachText()).contains(
                "No accepted report covers this activity yet.", "Not rated yet.", "No corrective action.");
        var history = page.select("#activity-history").attr("href");
        assertThat(history).endsWith("/audit/history/activity/" + fixture.plan.training);
        assertThat(page(history, officer).select("h1").text()).contains("A1.1.1");
    }

    @Test
    void aFocalPointSeesThePlansPartOnly() throws Exception {
        fixture.rate(fixture.plan.training, 2, null);
        var focal = TestSignIn.user(Unique.username("police"), fixture.plan.police, Role.FOCAL_POINT);

        var page = page("/activities/" + fixture.plan.training, TestSignIn.as(focal));

        assertThat(page.select("h1").text()).contains("Training of police officers");
        assertThat(page.select("#follow-up")).isEmpty();
        assertThat(page.text()).doesNotContain("Rated 2");
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
