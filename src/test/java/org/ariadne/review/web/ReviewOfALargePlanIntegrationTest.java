package org.ariadne.review.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.ariadne.plan.Plans;
import org.ariadne.review.HalfYear;
import org.ariadne.review.Rating;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.Reviews;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.LargePlan;
import org.ariadne.support.LargePlans;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review of a large plan (national objectives: 10 specific objectives of 5 activities with 3 indicators each, two
 * strategic objectives, 100 activities): the page lists the objectives and loads each specific objective's section
 * on demand, filters by objective, institution and rating, and rates several at once.
 */
@AriadneIntegrationTest
class ReviewOfALargePlanIntegrationTest {

    private static final HalfYear HALF = HalfYear.of("2024-H1");
    /** Built once for the class: a national plan takes a while to build. */
    private static LargePlan plan;

    @Autowired
    MockMvc mvc;
    @Autowired
    LargePlans largePlans;
    @Autowired
    Plans plans;
    @Autowired
    ReviewEditing editing;
    @Autowired
    Reviews reviews;

    @BeforeEach
    void nationalPlan() {
        if (plan == null) {
            plan = largePlans.build(LargePlan.Shape.national().institutions(80, Unique.name("Review institution"))
                    .objectives(2, 10), Unique.name("National plan under review"));
            // every activity of SO 1 rated, with the comments an officer writes
            var first = new LinkedHashMap<Long, Integer>();
            objective(1).specificObjectives().forEach(sp -> sp.activities().forEach(a -> first.put(a.id(), null)));
            editing.rateSeveral(plan.id(), HALF, first, new RatingCommand(2, "The institutions reported late and "
                    + "only in part; the officer will call the focal points before the next period. ".repeat(3)));
        }
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private org.ariadne.plan.StrategicObjectiveNode objective(int number) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return plans.tree(plan.id()).objectives().get(number - 1);
    }

    private String page() {
        return "/plans/" + plan.id() + "/review?half=" + HALF.label();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private Document document(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(html(request));
    }

    @Test
    void thePageListsTheObjectivesAndEachSectionLoadsOnDemandUnder100Kb() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var so11 = objective(1).specificObjectives().get(0);

        var overview = document(get(page()).with(officer));
        assertThat(overview.select(".review-section")).hasSize(20);
        assertThat(overview.select("article.review-activity")).as("no activity until its section is asked for").isEmpty();
        var load = overview.select("#section-" + so11.id() + " .section-load a");
        assertThat(load.text()).isEqualTo("Show the 5 activities of SO 1.1");
        assertThat(load.attr("hx-select")).isEqualTo("#section-" + so11.id());
        assertThat(load.attr("href")).as("the link works without JavaScript").contains("specific=" + so11.id());
        var overviewSize = overview.outerHtml().getBytes(StandardCharsets.UTF_8).length;

        var section = document(get(load.attr("href")).with(officer)).selectFirst("#section-" + so11.id());
        assertThat(section.select("article.review-activity")).hasSize(5);
        var size = section.outerHtml().getBytes(StandardCharsets.UTF_8).length;
        System.out.printf("Review of a 100-activity plan: the page %,d bytes, the section SO 1.1 (5 activities, 15 "
                + "indicators, rated with comments) %,d bytes%n", overviewSize, size);
        assertThat(size).isLessThan(100_000);
        assertThat(section.select(".table-wrap")).isNotEmpty().allSatisfy(wrap -> {
            assertThat(wrap.attr("tabindex")).isEqualTo("0");
            assertThat(wrap.attr("aria-label")).isNotBlank();
        });
    }

    @Test
    void theOfficerFiltersNotRatedInOneObjectiveAndRatesThreeAtOnce() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var so2 = objective(2);
        var so21 = so2.specificObjectives().get(0);
        var unrated = document(get(page() + "&objective=" + so2.id() + "&show=not-rated").with(officer));
        assertThat(unrated.select(".review-section")).hasSize(10);
        var href = unrated.select("#section-" + so21.id() + " .section-load a").attr("href");
        var section = document(get(href).with(officer));
        var boxes = section.select("input[name=activities][form=several-" + so21.id() + "]");
        assertThat(boxes).hasSize(5);

        var request = post("/plans/" + plan.id() + "/review/ratings").param("half", HALF.label())
                .param("objective", String.valueOf(so2.id())).param("specific", String.valueOf(so21.id()))
                .param("show", "not-rated").param("rating", "1").param("comments", "Runs as planned");
        boxes.stream().limit(3).forEach(box -> request.param("activities", box.val()));
        mvc.perform(request.with(csrf()).with(officer))
                .andExpect(flash().attribute("noticeKey", "review.several.saved"))
                .andExpect(status().isFound());

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var rated = reviews.ratings(plan.id(), HALF).stream()
                .filter(r -> r.rating() == Rating.ON_TRACK && "Runs as planned".equals(r.comments())).count();
        assertThat(rated).isEqualTo(3);
        assertThat(document(get(href).with(officer)).select("article.review-activity")).hasSize(2);
        var difficult = document(get(page() + "&show=rated-2-3").with(officer));
        assertThat(difficult.select(".review-section")).as("only SO 1's sections have activities rated 2 or 3")
                .hasSize(10);
    }

    @Test
    void theOfficerNarrowsTheReviewToWhatChangedSinceTheLastHalfYear() throws Exception {
        var specific = objective(2).specificObjectives().get(7);
        var activity = specific.activities().get(0).id();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        editing.rate(plan.id(), activity, HALF.previous(), null, new RatingCommand(3, "No shelter staff"));
        editing.rate(plan.id(), activity, HALF, null, new RatingCommand(1, "Staff hired"));
        TestSignIn.clear();
        var officer = TestSignIn.as(Role.ME_OFFICER);

        var changed = document(get(page() + "&show=changed").with(officer));

        assertThat(changed.select(".review-section")).as("one section, with the one activity rated again")
                .hasSize(1);
        var load = changed.select("#section-" + specific.id() + " .section-load a");
        assertThat(load.text()).isEqualTo("Show the activity of " + specific.code());
        var section = document(get(load.attr("href")).with(officer));
        assertThat(section.select("article.review-activity")).hasSize(1);
        assertThat(section.select("#a-" + activity + " .since-rating").text())
                .contains("3 Experiencing difficulties, needs revision").contains("1 On track");
    }

    @Test
    void ratingSeveralAtOnceRefusesA2WithoutCommentsAndSavesNone() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var ids = objective(2).specificObjectives().get(5).activities().stream().limit(2).map(a -> a.id() + ":").toList();

        mvc.perform(post("/plans/" + plan.id() + "/review/ratings").param("half", HALF.label())
                        .param("activities", ids.toArray(String[]::new)).param("rating", "2").with(csrf()).with(officer))
                .andExpect(flash().attribute("problemKey", "review.error.comments-required"));

        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(reviews.ratings(plan.id(), HALF)).noneMatch(r -> ids.contains(r.activityId() + ":"));
    }

    @Test
    void filteringByInstitutionKeepsTheActivitiesItLeadsOrSupports() throws Exception {
        var institution = plan.institutions().get(1);
        var member = TestSignIn.as(Role.MEMBER);
        var sections = document(get(page() + "&institution=" + institution).with(member)).select(".section-load a");
        assertThat(sections).isNotEmpty().hasSizeLessThan(20);
        var shown = new org.jsoup.select.Elements();
        for (var link : sections) {
            shown.addAll(document(get(link.attr("href")).with(member)).select("article.review-activity"));
        }
        assertThat(shown).isNotEmpty().hasSizeLessThan(100);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var tree = plans.tree(plan.id());
        assertThat(shown).allSatisfy(article -> {
            var id = Long.parseLong(article.id().substring(2));
            var activity = tree.activity(id).orElseThrow();
            assertThat(activity.leadInstitutionId().equals(institution)
                    || activity.supportingInstitutionIds().contains(institution)).isTrue();
        });
    }
}
