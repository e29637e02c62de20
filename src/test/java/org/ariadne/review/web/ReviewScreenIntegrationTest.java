package org.ariadne.review.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.review.Rating;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.ReviewStatus;
import org.ariadne.review.Reviews;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The half-year review screen as the M&E officer, the coordinator and a member use it. */
@AriadneIntegrationTest
class ReviewScreenIntegrationTest {

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
    Reviews reviews;
    @Autowired
    ProgressReports reports;
    @Autowired
    AuditHistory history;

    ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private MockHttpServletRequestBuilder rating(long activityId, String rating, String version) {
        var request = post(fixture.activityPath(activityId) + "/rating").param("half", fixture.half.label())
                .param("rating", rating).param("comments", "Rated " + rating).with(csrf());
        return version == null ? request : request.param("version", version);
    }

    private MockHttpServletRequestBuilder action(long activityId, String description, long owner, LocalDate due) {
        return post(fixture.activityPath(activityId) + "/corrective-actions").param("half", fixture.half.label())
                .param("description", description).param("ownerInstitutionId", String.valueOf(owner))
                .param("dueDate", due.toString()).with(csrf());
    }

    private MockHttpServletRequestBuilder approval(Integer version) {
        return post("/plans/" + fixture.plan.planId + "/review/approve").param("half", fixture.half.label())
                .param("version", version == null ? "" : version.toString()).param("confirmed", "true").with(csrf());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private Integer reviewVersion() {
        TestSignIn.onThisThread(Role.COORDINATOR);
        return reviews.review(fixture.plan.planId, fixture.half).version();
    }

    private Map<Long, Rating> ratings() {
        TestSignIn.onThisThread(Role.MEMBER);
        var ratings = new java.util.HashMap<Long, Rating>();
        reviews.ratings(fixture.plan.planId, fixture.half).forEach(r -> ratings.put(r.activityId(), r.rating()));
        return ratings;
    }

    @Test
    void aTwoOrThreeSaysWhyRecommendationsAndCorrectiveActionsAreOptionalAndNeitherHoldsUpApproval() throws Exception {
        var plan = fixture.plan;
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var unexplained = page(post(fixture.activityPath(plan.beds) + "/rating").param("half", fixture.half.label())
                .param("rating", "3").param("comments", " ").with(csrf()).with(officer));
        assertThat(unexplained.select("#a-" + plan.beds + " form.review-rating .flash.problem").text())
                .contains("A rating of 3 needs comments saying why");
        assertThat(ratings()).doesNotContainKey(plan.beds);

        mvc.perform(rating(plan.training, "1", null).with(officer)).andExpect(status().is3xxRedirection());
        mvc.perform(post(fixture.activityPath(plan.beds) + "/rating").param("half", fixture.half.label())
                        .param("rating", "3").param("comments", "The municipality has not paid its share")
                        .param("recommendation", "Raise the shelter's funding with the ministry")
                        .param("status", "NOT_STARTED").with(csrf()).with(officer))
                .andExpect(status().is3xxRedirection());
        mvc.perform(action(plan.training, "Share the training plan with the border police", plan.police,
                LocalDate.now().plusMonths(2)).with(officer)).andExpect(status().is3xxRedirection());

        var coordinator = TestSignIn.as(Role.COORDINATOR);
        var ready = page(get(fixture.reviewPage()).with(coordinator));
        assertThat(ready.select("#blockers")).isEmpty();
        assertThat(ready.select("#approve button").hasAttr("disabled")).isFalse();
        var beds = ready.select("#a-" + plan.beds);
        assertThat(beds.select(".recommendation").text()).contains("Raise the shelter's funding with the ministry");
        assertThat(beds.select(".review-status-change").text()).contains("1 Hasn't started");
        assertThat(ready.select("#a-" + plan.training + " .review-action-list").text())
                .as("a corrective action on a rating of 1").contains("Share the training plan");
        mvc.perform(approval(reviewVersion()).with(coordinator))
                .andExpect(flash().attribute("noticeKey", "review.approved"));

        TestSignIn.onThisThread(Role.MEMBER);
        assertThat(reviews.review(plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.APPROVED);
        var bedsRating = reviews.ratings(plan.planId, fixture.half).stream()
                .filter(r -> r.activityId() == plan.beds).findFirst().orElseThrow();
        assertThat(bedsRating.reviewedStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(bedsRating.comments()).isEqualTo("The municipality has not paid its share");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(history.forEntity(ReviewEditing.RATING, bedsRating.id()).get(0).after())
                .containsEntry("reviewedStatus", "NOT_STARTED")
                .containsEntry("recommendation", "Raise the shelter's funding with the ministry");
    }

    @Test
    void theOfficerSetsTheStatusSeeingTheReportedOneAndTheDifferenceIsShown() throws Exception {
        var plan = fixture.plan;
        var period = fixture.period;
        var focal = TestSignIn.user(Unique.username("shelter"), plan.shelter, Role.FOCAL_POINT);
        as(focal);
        reports.saveActivity(period.id(), plan.shelter, plan.beds, 0, new ActivityEntryCommand(ActivityStatus.STARTED,
                "Beds ordered", null, List.of()));
        reports.submit(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.clear();
        var officer = TestSignIn.as(Role.ME_OFFICER);

        var before = page(get(fixture.reviewPage()).with(officer)).select("#a-" + plan.beds + " form.review-rating");
        assertThat(before.select("select[name=status] option[selected]").val()).as("as reported, until set").isEmpty();
        assertThat(before.select(".field:has(select[name=status]) .hint").text()).contains("3 Has started");

        mvc.perform(post(fixture.activityPath(plan.beds) + "/rating").param("half", fixture.half.label())
                        .param("rating", "2").param("comments", "Runs as planned all year").param("status", "CONTINUOUS")
                        .with(csrf()).with(officer))
                .andExpect(status().is3xxRedirection());

        var after = page(get(fixture.reviewPage()).with(TestSignIn.as(Role.MEMBER))).select("#a-" + plan.beds);
        assertThat(after.select(".review-status-change").text()).contains("2 In continuum")
                .contains("differs from the report").contains("3 Has started");
    }

    @Test
    void withoutJavaScriptTheCoordinatorConfirmsTheApprovalOnAPageOfItsOwn() throws Exception {
        fixture.rate(fixture.plan.training, 1, null);
        var coordinator = TestSignIn.as(Role.COORDINATOR);
        var screen = page(get(fixture.reviewPage()).with(coordinator));
        var form = screen.select("form#approve");
        assertThat(form.select("input[name=confirmed]").val()).as("set by the dialog only").isEmpty();

        var asked = page(post(form.attr("action")).param("half", form.select("input[name=half]").val())
                .param("version", form.select("input[name=version]").val()).param("confirmed", "").with(csrf())
                .with(coordinator));
        assertThat(asked.select("h1").text()).isEqualTo("Approve the review of " + fixture.half.label() + "?");
        assertThat(asked.select(".question").text()).contains("1 of 3 activities are rated");
        assertThat(asked.select("a.button").text()).isEqualTo("Back to the review, nothing approved");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(fixture.plan.planId, fixture.half).status()).as("asking approves nothing")
                .isEqualTo(ReviewStatus.DRAFT);

        var confirm = asked.select("#approve-confirm form");
        mvc.perform(post(confirm.attr("action")).param("half", confirm.select("input[name=half]").val())
                        .param("version", confirm.select("input[name=version]").val())
                        .param("confirmed", confirm.select("input[name=confirmed]").val()).with(csrf()).with(coordinator))
                .andExpect(flash().attribute("noticeKey", "review.approved"));
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(fixture.plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void anApprovedReviewRefusesRatingChangesUntilTheOfficerReopensIt() throws Exception {
        var plan = fixture.plan;
        var version = fixture.rate(plan.training, 1, null);
        mvc.perform(approval(reviewVersion()).with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(flash().attribute("noticeKey", "review.approved"));

        var officer = TestSignIn.as(Role.ME_OFFICER);
        var shown = page(get(fixture.reviewPage()).with(officer));
        assertThat(shown.select("form.review-rating")).as("no rating form once approved").isEmpty();
        var refused = page(rating(plan.training, "3", String.valueOf(version)).with(officer));
        assertThat(refused.select("#a-" + plan.training + " .flash.problem").text())
                .contains("is approved: its ratings and corrective actions cannot change");
        assertThat(ratings()).containsEntry(plan.training, Rating.ON_TRACK);

        mvc.perform(post("/plans/" + plan.planId + "/review/reopen").param("half", fixture.half.label())
                        .param("version", reviewVersion().toString()).param("reason", "The police report came late")
                        .with(csrf()).with(officer))
                .andExpect(flash().attribute("noticeKey", "review.reopened"));
        mvc.perform(rating(plan.training, "3", String.valueOf(version)).with(officer)).andExpect(status().is3xxRedirection());
        assertThat(ratings()).containsEntry(plan.training, Rating.NEEDS_REVISION);
    }

    @Test
    void aRatingChangeIsInTheAuditTrailWithItsValuesBeforeAndAfter() throws Exception {
        var plan = fixture.plan;
        var version = fixture.rate(plan.operations, 1, null);

        mvc.perform(rating(plan.operations, "2", String.valueOf(version)).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().is3xxRedirection());

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var ratingId = reviews.ratings(plan.planId, fixture.half).get(0).id();
        var trail = history.forEntity(ReviewEditing.RATING, ratingId);
        assertThat(trail).hasSize(2);
        var change = trail.get(0);
        assertThat(change.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(change.actor()).isEqualTo("me_officer");
        assertThat(change.before()).containsEntry("rating", 1).containsEntry("halfYear", fixture.half.label());
        assertThat(change.after()).containsEntry("rating", 2).containsEntry("activity", "A1.1.2");
    }

    @Test
    void theCoordinatorDoesNotApproveARatingSavedAfterTheyOpenedThePage() throws Exception {
        var plan = fixture.plan;
        fixture.rate(plan.training, 1, null);
        var coordinator = TestSignIn.as(Role.COORDINATOR);
        var seen = page(get(fixture.reviewPage()).with(coordinator)).select("#approve input[name=version]").val();

        fixture.rate(plan.beds, 1, null);
        mvc.perform(approval(Integer.valueOf(seen)).with(coordinator))
                .andExpect(flash().attribute("problemKey", "review.conflict"));

        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.DRAFT);
        mvc.perform(approval(reviewVersion()).with(coordinator)).andExpect(flash().attribute("noticeKey", "review.approved"));
    }

    @Test
    void aHalfYearOutsideThePlanShowsTheDefaultOneInstead() throws Exception {
        var screen = page(get("/plans/" + fixture.plan.planId + "/review?half=1999-H1").with(TestSignIn.as(Role.MEMBER)));

        assertThat(screen.select("#half option[selected]").val()).isNotEqualTo("1999-H1").matches("\\d{4}-H[12]");
    }

    @Test
    void aSecondOfficerSavingOverAFreshRatingIsToldWhoChangedItAndNothingIsOverwritten() throws Exception {
        var plan = fixture.plan;
        var first = TestSignIn.user(Unique.username("fatmira"), null, Role.ME_OFFICER);
        mvc.perform(rating(plan.beds, "2", null).with(TestSignIn.as(first))).andExpect(status().is3xxRedirection());

        var second = TestSignIn.as(TestSignIn.user(Unique.username("arben"), null, Role.ME_OFFICER));
        var conflict = page(rating(plan.beds, "3", null).with(second));

        var form = conflict.select("#a-" + plan.beds + " form.review-rating");
        assertThat(form.select(".flash.problem").text()).contains(first.getUsername());
        assertThat(form.select("input[name=rating][value=3]").hasAttr("checked")).as("the input is kept").isTrue();
        assertThat(form.select("input[name=version]").val()).isEqualTo("0");
        assertThat(ratings()).containsEntry(plan.beds, Rating.MANAGEABLE_DIFFICULTIES);
    }

    @Test
    void theScreenShowsTheStatusNarrativeAndValuesOfAnAcceptedReport() throws Exception {
        var plan = fixture.plan;
        var period = fixture.period;
        var focal = TestSignIn.user(Unique.username("shelter"), plan.shelter, Role.FOCAL_POINT);
        as(focal);
        reports.saveActivity(period.id(), plan.shelter, plan.beds, 0, new ActivityEntryCommand(ActivityStatus.STARTED,
                "Twelve new beds opened in the northern shelter", "The municipality has not paid its share", List.of()));
        reports.saveValue(period.id(), plan.shelter, plan.bedsAvailable, period.startsOn(), 0,
                new ValueCommand(new BigDecimal("37"), null, null, Map.of(), null));
        reports.submit(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), plan.shelter, reports.sheet(period.id(), plan.shelter).reportVersion());
        TestSignIn.clear();

        var screen = page(get(fixture.reviewPage()).with(TestSignIn.as(Role.MEMBER)));

        var beds = screen.select("#a-" + plan.beds);
        assertThat(beds.select("table.reported").text()).contains(period.label()).contains("3 Has started")
                .contains("Twelve new beds opened").contains("The municipality has not paid its share");
        assertThat(beds.select("table.reported a").attr("href"))
                .endsWith("/reporting/" + period.id() + "/institutions/" + plan.shelter);
        assertThat(beds.select("table.indicators tr:contains(Beds available) td.value").text()).isEqualTo("37");
        assertThat(screen.select("#a-" + plan.training + " table.reported")).as("the police did not report").isEmpty();
    }

    @Test
    void aMemberReadsTheReviewButEveryChangeIsForbidden() throws Exception {
        var plan = fixture.plan;
        fixture.rate(plan.beds, 3, null);
        var actionId = fixture.action(plan.beds, "Open ten more beds", plan.shelter, LocalDate.now().plusMonths(1));
        var member = TestSignIn.as(Role.MEMBER);

        var screen = page(get(fixture.reviewPage()).with(member));
        assertThat(screen.select("#a-" + plan.beds + " .review-rating").text()).contains("3 Experiencing difficulties");
        assertThat(screen.select("#review form[method=post]")).isEmpty();
        page(get(fixture.register()).with(member));

        for (var request : List.of(rating(plan.training, "1", null), action(plan.beds, "Taken over", plan.police,
                        LocalDate.now()), approval(reviewVersion()),
                post("/plans/" + plan.planId + "/review/reopen").param("half", fixture.half.label()).param("reason", "x").with(csrf()),
                post("/corrective-actions/" + actionId + "/status").param("status", "IN_PROGRESS").param("version", "0").with(csrf()),
                post("/corrective-actions/" + actionId + "/edit").param("description", "Taken over").param("version", "0")
                        .param("ownerInstitutionId", String.valueOf(plan.police)).param("dueDate", "2030-01-01").with(csrf()))) {
            mvc.perform(request.with(member)).andExpect(status().isForbidden());
        }
        assertThat(ratings()).containsOnlyKeys(plan.beds);
    }

    @Test
    void onlyTheCoordinatorsOfficeMembersAndEvaluatorsOpenTheReview() throws Exception {
        for (var role : List.of(Role.ME_OFFICER, Role.COORDINATOR, Role.MEMBER, Role.EVALUATOR)) {
            mvc.perform(get(fixture.reviewPage()).with(TestSignIn.as(role))).andExpect(status().isOk());
        }
        var focal = TestSignIn.user(Unique.username("police"), fixture.plan.police, Role.FOCAL_POINT);
        mvc.perform(get(fixture.reviewPage()).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
        mvc.perform(get(fixture.reviewPage()).with(TestSignIn.as(Role.ADMINISTRATOR))).andExpect(status().isForbidden());
    }

    @Test
    void theReviewSpeaksAlbanian() throws Exception {
        fixture.rate(fixture.plan.operations, 2, null);

        var screen = page(get(fixture.reviewPage()).param("lang", "sq").with(TestSignIn.as(Role.ME_OFFICER)));

        assertThat(screen.select("h1").text()).contains("Rishikimi gjashtëmujor");
        assertThat(screen.select("#a-" + fixture.plan.operations + " .review-choices").text())
                .contains("1 Në rrugë të mbarë").contains("2 Ka vështirësi, por mund të përballohen")
                .contains("3 Ka vështirësi, ka nevojë për rishikim");
        assertThat(screen.select("#a-" + fixture.plan.operations + " .review-actions legend").text())
                .isEqualTo("Shtoni një veprim korrigjues");
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
