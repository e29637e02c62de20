package org.ariadne.review.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed 002's monitoring matrix, whole: next to the plan's columns, each activity's latest half-year rating and its
 * comments and recommendations, filterable by rating and downloaded as the seed's table, for whoever reads ratings.
 */
@AriadneIntegrationTest
class MatrixRatingsIntegrationTest {

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

    ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        var plan = fixture.plan;
        fixture.rate(plan.training, 1, null);
        fixture.rate(plan.beds, new RatingCommand(3, "The municipality has not paid its share",
                "Raise the shelter's funding with the ministry", ActivityStatus.NOT_STARTED));
        fixture.action(plan.beds, "Ask the municipality to pay", plan.shelter, LocalDate.now().plusMonths(2));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String matrix() {
        return "/plans/" + fixture.plan.planId + "/matrix";
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void theMatrixShowsTheLatestRatingWithItsCommentsRecommendationAndCorrectiveActions() throws Exception {
        var page = page(get(matrix()).with(TestSignIn.as(Role.MEMBER)));

        assertThat(page.select("table.matrix thead").text()).contains("Half-year rating")
                .contains("Comments and recommendations");
        var beds = page.select("table.matrix tr:has(a:contains(A1.1.3))");
        assertThat(beds.select(".matrix-rating").text()).contains("3 Experiencing difficulties, needs revision")
                .contains(fixture.half.label());
        assertThat(beds.select(".matrix-comments").text()).contains("The municipality has not paid its share")
                .contains("Raise the shelter's funding with the ministry").contains("Ask the municipality to pay");
        assertThat(beds.text()).as("the status set in the review").contains("1 Hasn't started")
                .contains("set in the review of " + fixture.half.label());
        assertThat(page.select("table.matrix tr:has(a:contains(A1.1.2)) .matrix-rating").text()).contains("not rated yet");
    }

    @Test
    void theMatrixFiltersByRatingAndByNotRated() throws Exception {
        var member = TestSignIn.as(Role.MEMBER);
        var three = page(get(matrix()).param("rating", "3").with(member));
        assertThat(three.select("table.matrix").text()).contains("A1.1.3").doesNotContain("A1.1.1").doesNotContain("A1.1.2");
        assertThat(three.select("#filter-rating option[selected]").val()).isEqualTo("3");

        var unrated = page(get(matrix()).param("rating", "NOT_RATED").with(member));
        assertThat(unrated.select("table.matrix").text()).contains("A1.1.2").doesNotContain("A1.1.1").doesNotContain("A1.1.3");
    }

    @Test
    void theDownloadIsTheSeedsTableWithTheHalfYearColumns() throws Exception {
        var csv = mvc.perform(get(matrix() + ".csv").param("rating", "3").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        var lines = csv.strip().split("\r?\n");
        assertThat(lines[0]).contains("ONATC responsible person").endsWith(
                "Half-year,Half-year rating,Status set in the review,Comments,Recommendation,Corrective actions");
        assertThat(csv).contains("3 Experiencing difficulties, needs revision").contains("The municipality has not paid its share")
                .contains("Raise the shelter's funding with the ministry").contains("Ask the municipality to pay")
                .doesNotContain("Training of police officers");
    }

    @Test
    void aFocalPointReadsTheMatrixWithoutTheRatings() throws Exception {
        var focal = TestSignIn.user(Unique.username("police"), fixture.plan.police, Role.FOCAL_POINT);

        var page = page(get(matrix()).param("rating", "3").with(TestSignIn.as(focal)));

        assertThat(page.select("table.matrix thead").text()).doesNotContain("Half-year rating");
        assertThat(page.text()).doesNotContain("The municipality has not paid its share");
        assertThat(page.select("#filter-rating")).isEmpty();
        assertThat(page.select("table.matrix").text()).as("the rating filter is ignored").contains("A1.1.1");
        var csv = mvc.perform(get(matrix() + ".csv").with(TestSignIn.as(focal))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain("Half-year rating").doesNotContain("The municipality has not paid its share");
    }
}
