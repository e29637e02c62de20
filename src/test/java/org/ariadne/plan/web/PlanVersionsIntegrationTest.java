package org.ariadne.plan.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.plan.IndicatorCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanVersions;
import org.ariadne.plan.Plans;
import org.ariadne.plan.YearTargetCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 15's "done when" for versions: the mid-term review creates version 2 with one dropped activity and one
 * revised target, the comparison shows both, and the 2016 progress is still measured against version 1.
 */
@AriadneIntegrationTest
class PlanVersionsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    PlanVersions versions;
    @Autowired
    DashboardCharts dashboards;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private BuiltPlan plan() {
        return testPlans.build(aPlan().named("Revised").running(2015, 2019).status(PlanStatus.ADOPTED)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers")
                        .withIndicator(anIndicator("Officers trained").yearTarget(2016, "50").yearTarget(2017, "60")))
                .withActivity(anActivity("A1.1.2", "Hotline campaign")));
    }

    private void reviseTarget(long indicatorId, int year, String value) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var indicator = plans.indicator(indicatorId);
            var command = indicator.toCommand();
            var targets = new ArrayList<YearTargetCommand>();
            indicator.yearTargets().forEach((y, v) -> targets.add(new YearTargetCommand(y, y == year ? new BigDecimal(value) : v)));
            editing.updateIndicator(indicatorId, indicator.version(), new IndicatorCommand(command.name(),
                    command.resultLevel(), command.type(), command.unit(), command.direction(), command.numerator(),
                    command.denominator(), command.scaleMin(), command.scaleMax(), command.baselineValue(),
                    command.baselineYear(), command.baselineSource(), command.targetValue(), command.targetYear(),
                    List.copyOf(targets), command.disaggregations(), command.dataSource(),
                    command.meansOfVerification(), command.frequency(), command.responsibleInstitutionId(),
                    command.aggregation()));
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theMidTermReviewCreatesVersionTwoTheComparisonShowsItAnd2016IsStillMeasuredAgainstVersionOne() throws Exception {
        var plan = plan();
        long planId = plan.id();
        long hotline = plan.element("A1.1.2");
        long trained = plan.indicator("Officers trained");
        var base = "/plans/" + planId + "/versions";

        mvc.perform(post(base + "/revision").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base + "/revision/activities/" + hotline + "/drop").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER))).andExpect(redirectedUrl(base));
        reviseTarget(trained, 2016, "40");

        // while the revision is open, 2016 and the portal keep version 1
        assertThat(target(planId, trained, 2016)).isEqualByComparingTo("50");
        TestSignIn.onThisThread(Role.COORDINATOR);
        var published = plans.adoptedTree(planId);
        TestSignIn.clear();
        assertThat(published.activity(hotline)).isPresent();
        assertThat(published.indicators().filter(i -> i.id() == trained).findFirst().orElseThrow().yearTargets()
                .get(2016)).isEqualByComparingTo("50");
        var preview = mvc.perform(get("/plans/" + planId + "/publication/preview").param("kind", "PLAN")
                .with(TestSignIn.as(Role.COORDINATOR))).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Hotline campaign");

        // adoption without reasons: refused, naming each change, nothing adopted
        var refused = mvc.perform(post(base + "/revision/adopt").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("version", "0").param("effectiveFrom", "2017-01-01").param("mofOpinionDate", "2016-12-20")
                        .param("mofOpinionReference", "MoF 123/2016").param("mofOpinionText", "Favourable, within the ceiling."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select(".flash.problem").text())
                .contains("A1.1.2 Hotline campaign").contains("Officers trained");
        assertThat(open(planId)).isTrue();

        var keys = mvc.perform(get(base + "/revision/adopt").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var request = post(base + "/revision/adopt").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                .param("version", "0").param("effectiveFrom", "2017-01-01").param("mofOpinionDate", "2016-12-20")
                .param("mofOpinionReference", "MoF 123/2016").param("mofOpinionText", "Favourable, within the ceiling.");
        var reasonFields = Jsoup.parse(keys).select("textarea[name^=reasons]");
        assertThat(reasonFields).hasSize(2);
        for (var field : reasonFields) {
            request.param(field.attr("name"), field.attr("name").contains("dropped")
                    ? "Taken over by the NGO helpline" : "The 2016 training budget was cut");
        }
        mvc.perform(request).andExpect(redirectedUrl(base + "/2"));

        var comparison = Jsoup.parse(mvc.perform(get(base + "/compare").param("from", "1").param("to", "2")
                .with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        var rows = comparison.select("table.comparison tbody tr").eachText();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("A1.1.2").contains("Dropped")
                .contains("Taken over by the NGO helpline"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Officers trained").contains("target 2016")
                .contains("50").contains("40").contains("The 2016 training budget was cut"));

        // the 2016 progress is measured against version 1's target, 2017's against version 2
        assertThat(target(planId, trained, 2016)).isEqualByComparingTo("50");
        assertThat(target(planId, trained, 2017)).isEqualByComparingTo("60");
        var page = Jsoup.parse(mvc.perform(get("/indicators/" + trained + "/dashboard").param("year", "2016")
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(page.select("#year-target .value").text()).isEqualTo("50");

        // version 1 stays readable with the dropped activity, version 2 without it
        var first = mvc.perform(get(base + "/1").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Hotline campaign");
        var second = mvc.perform(get(base + "/2").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(second).doesNotContain("Hotline campaign").contains("MoF 123/2016");
        // the monitoring matrix keeps the dropped activity, marked with the version and the date
        var matrix = Jsoup.parse(mvc.perform(get("/plans/" + planId + "/matrix").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(matrix.select("table tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Hotline campaign")
                        .contains("dropped in version 2 from 1 Jan 2017"))
                .anySatisfy(row -> assertThat(row).contains("Training of police officers").doesNotContain("dropped"));
        // the dropped activity is kept, not deleted
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(plans.tree(planId).activity(hotline)).hasValueSatisfying(a -> assertThat(a.dropped()).isTrue());
        assertThat(plans.adoptedTree(planId).activity(hotline)).isEmpty();
    }

    @Test
    void onlyTheOfficeRevisesOnlyTheCoordinatorAdoptsAndBadInputIsNamed() throws Exception {
        var plan = plan();
        var base = "/plans/" + plan.id() + "/versions";
        mvc.perform(post(base + "/revision").with(csrf()).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(get(base).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk());
        mvc.perform(post(base + "/revision").with(csrf()).with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(redirectedUrl(base));
        // a second revision while one is open is refused, with the reason on the next page
        var again = mvc.perform(post(base + "/revision").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(redirectedUrl(base)).andReturn();
        assertThat(again.getFlashMap().toString()).contains("plan.version.error.revision-in-progress");
        mvc.perform(get(base + "/revision/adopt").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/revision/activities/" + plan.element("A1.1.1") + "/drop").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER))).andExpect(redirectedUrl(base));
        // missing date and opinion: the fields are named
        var page = mvc.perform(post(base + "/revision/adopt").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("version", "0").param("effectiveFrom", "2030-01-01").param("mofOpinionReference", "")
                        .param("mofOpinionText", "ok"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var problems = Jsoup.parse(page).select(".flash.problem").text();
        assertThat(problems).contains("Date of the opinion").contains("Reference of the opinion");
        // a stale version: the conflict, nothing adopted
        var conflict = mvc.perform(post(base + "/revision/adopt").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                        .param("version", "7").param("effectiveFrom", "2017-01-01").param("mofOpinionDate", "2016-12-01")
                        .param("mofOpinionReference", "MoF 1").param("mofOpinionText", "ok"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(conflict).select(".flash.problem").text()).contains("while you were adopting");
        assertThat(open(plan.id())).isTrue();
        // an activity of an adopted version is never deleted (its reports would go with it)
        var delete = mvc.perform(post("/activities/" + plan.element("A1.1.2") + "/delete").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER))).andReturn();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(plans.tree(plan.id()).activity(plan.element("A1.1.2"))).isPresent();
        assertThat(delete.getResponse().getStatus()).isLessThan(500);
        // an unknown version is not found
        mvc.perform(get(base + "/9").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isNotFound());
    }

    private boolean open(long planId) {
        TestSignIn.onThisThread(Role.MEMBER);
        try {
            return versions.revision(planId).isPresent();
        } finally {
            TestSignIn.clear();
        }
    }

    private BigDecimal target(long planId, long indicatorId, int year) {
        TestSignIn.onThisThread(Role.COORDINATOR);
        try {
            return dashboards.progress(planId, DashboardFilter.year(year)).indicators()
                    .filter(i -> i.indicator().id() == indicatorId).findFirst().orElseThrow().target();
        } finally {
            TestSignIn.clear();
        }
    }
}
