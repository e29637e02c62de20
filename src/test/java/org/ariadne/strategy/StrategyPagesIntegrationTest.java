package org.ariadne.strategy;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Strategy pages: the coordinator's form and its refusals, plans in sequence, indicators across plans, who reads. */
@AriadneIntegrationTest
class StrategyPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private BuiltPlan plan(String words, int start, int end, int targetYear, String target) {
        return testPlans.build(aPlan().named(words).running(start, end).withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training")
                        .withIndicator(anIndicator("Victims identified by the police").yearTarget(targetYear, target))));
    }

    private long create(String title, int start, int end) throws Exception {
        var result = mvc.perform(post("/strategies/new").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                .param("title", title).param("kind", "NATIONAL").param("startYear", String.valueOf(start))
                .param("endYear", String.valueOf(end)).param("vision", "No one trafficked")).andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/strategies/");
        return Long.parseLong(location.substring("/strategies/".length()));
    }

    @Test
    void badInputIsRefusedNamingTheFieldsAndNothingIsSaved() throws Exception {
        var title = Unique.name("Strategy with reversed years");
        var page = mvc.perform(post("/strategies/new").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("title", title).param("kind", "NATIONAL").param("startYear", "2022")
                        .param("endYear", "2017"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var document = Jsoup.parse(page);
        assertThat(document.select(".flash.problem").text()).contains("Last year").contains("2017").contains("2022");
        assertThat(document.select("input[name=title]").val()).isEqualTo(title);

        var missing = Jsoup.parse(mvc.perform(post("/strategies/new").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("title", "").param("kind", "NATIONAL").param("startYear", "year").param("endYear", "2020"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(missing.select(".flash.problem").text()).contains("Title").contains("First year");
        var list = mvc.perform(get("/strategies").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(title);
    }

    @Test
    void aStrategyHoldsPlansInSequenceRefusesOverlapsAndShowsTheIndicatorsThatContinue() throws Exception {
        var first = plan("First action plan", 2017, 2018, 2018, "40");
        var second = plan("Second action plan", 2019, 2020, 2019, "55");
        var overlapping = plan("Overlapping plan", 2018, 2019, 2019, "1");
        var outside = plan("Plan outside", 2023, 2024, 2023, "1");
        long strategy = create(Unique.name("National strategy"), 2017, 2022);
        var base = "/strategies/" + strategy;

        // added out of order, shown in sequence
        mvc.perform(post(base + "/plans").param("planId", String.valueOf(second.id())).with(csrf())
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/plans").param("planId", String.valueOf(first.id())).with(csrf())
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().is3xxRedirection());
        var overlap = mvc.perform(post(base + "/plans").param("planId", String.valueOf(overlapping.id())).with(csrf())
                .with(TestSignIn.as(Role.COORDINATOR))).andReturn();
        assertThat(overlap.getFlashMap().toString()).contains("strategy.error.overlap");
        var beyond = mvc.perform(post(base + "/plans").param("planId", String.valueOf(outside.id())).with(csrf())
                .with(TestSignIn.as(Role.COORDINATOR))).andReturn();
        assertThat(beyond.getFlashMap().toString()).contains("strategy.error.plan-outside");
        // a plan belongs to one strategy at most
        long other = create(Unique.name("Thematic strategy"), 2017, 2022);
        var taken = mvc.perform(post("/strategies/" + other + "/plans").param("planId", String.valueOf(first.id()))
                .with(csrf()).with(TestSignIn.as(Role.COORDINATOR))).andReturn();
        assertThat(taken.getFlashMap().toString()).contains("strategy.error.plan-in-other");
        // the officer does not change strategies
        mvc.perform(post(base + "/plans").param("planId", String.valueOf(overlapping.id())).with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/edit").with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isForbidden());

        var page = Jsoup.parse(mvc.perform(get(base).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("ol.plans-in-sequence > li > a:first-child").eachText())
                .containsExactly(first.title(), second.title());
        var row = page.select("table tbody tr").first();
        assertThat(row.select("th").text()).contains("Victims identified by the police");
        var cells = row.select("td").eachText();
        // 2017..2022: the first plan's target in 2018, the second plan's in 2019
        assertThat(cells.get(1)).contains("target 40");
        assertThat(cells.get(2)).contains("target 55");

        // shrinking the strategy so that a plan falls out is refused, naming the plan
        var current = Jsoup.parse(mvc.perform(get(base + "/edit").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .select("input[name=version]").val();
        var edit = Jsoup.parse(mvc.perform(post(base + "/edit").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("version", current).param("title", "Shrunk").param("kind", "NATIONAL").param("startYear", "2017")
                        .param("endYear", "2019"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(edit.select(".flash.problem").text()).contains(second.title());
        // a stale version: the conflict
        var stale = Jsoup.parse(mvc.perform(post(base + "/edit").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("version", String.valueOf(Integer.parseInt(current) - 1)).param("title", "Renamed").param("kind", "NATIONAL").param("startYear", "2017")
                        .param("endYear", "2022"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(stale.select(".flash.problem").text()).contains("while you were editing");

        mvc.perform(post(base + "/plans/" + second.id() + "/remove").with(csrf()).with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/strategies/999999999").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isNotFound());
    }
}
