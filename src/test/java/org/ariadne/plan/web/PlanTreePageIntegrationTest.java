package org.ariadne.plan.web;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class PlanTreePageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    @Autowired
    PlanFixture fixture;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theTreeShowsCodesAndTitlesInPlanOrder() throws Exception {
        var police = fixture.institution("Police", InstitutionType.POLICE);
        var plan = fixture.plan("Strategy");
        var prevention = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var protection = fixture.strategic(plan, "SO 2", "Protect victims", ThematicArea.PROTECTION);
        var awareness = fixture.specific(prevention, "SO 1.1", "Raise awareness");
        var schools = fixture.activity(awareness, "A1.1.1", "Lessons in schools", police, java.util.List.of(), null);
        fixture.activity(awareness, "A1.1.2", "Television campaign");
        fixture.specific(protection, "SO 2.1", "Shelter for every victim");
        fixture.indicator(IndicatorOwner.activity(schools), "Pupils reached by lessons");

        var page = page("/plans/" + plan, Role.MEMBER);

        assertThat(page).containsSubsequence("SO 1", "Prevent trafficking", "SO 1.1", "Raise awareness", "A1.1.1",
                "Lessons in schools", "Pupils reached by lessons", "A1.1.2", "Television campaign", "SO 2",
                "Protect victims", "SO 2.1", "Shelter for every victim");
        assertThat(page).contains("Prevention").contains("Protection").contains(nameOf(police));
    }

    @Test
    void anActivityWithoutIndicatorLeadOrBudgetIsFlagged() throws Exception {
        var plan = fixture.plan("Strategy");
        var objective = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(objective, "SO 1.1", "Raise awareness");
        fixture.activity(specific, "A1.1.1", "Lessons in schools");

        var page = page("/plans/" + plan, Role.MEMBER);

        assertThat(page).contains("no indicator").contains("no lead institution").doesNotContain("no budget");
    }

    @Test
    void anOfficerSeesEditControlsAndAMemberDoesNot() throws Exception {
        var plan = fixture.plan("Strategy");
        var objective = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);

        assertThat(page("/plans/" + plan, Role.ME_OFFICER))
                .contains("/strategic-objectives/" + objective + "/edit")
                .contains("/strategic-objectives/" + objective + "/move");
        assertThat(page("/plans/" + plan, Role.MEMBER))
                .doesNotContain("/strategic-objectives/" + objective + "/edit")
                .doesNotContain("/strategic-objectives/" + objective + "/move");
    }

    @Test
    void everyToolThePlanPageOffersOpensForThePersonItIsOfferedTo() throws Exception {
        var police = fixture.institution("Police", InstitutionType.POLICE);
        var plan = fixture.plan("Strategy");
        fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var focalPoint = TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT);
        var offered = new java.util.HashMap<String, java.util.List<String>>();
        for (var user : java.util.List.of(TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER),
                TestSignIn.user(Unique.username("coordinator"), null, Role.COORDINATOR),
                TestSignIn.user(Unique.username("member"), null, Role.MEMBER),
                TestSignIn.user(Unique.username("evaluator"), null, Role.EVALUATOR), focalPoint)) {
            var html = mvc.perform(get("/plans/" + plan).with(TestSignIn.as(user))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            var links = org.jsoup.Jsoup.parse(html).select("nav.plan-tools a[href]").eachAttr("href");
            offered.put(user.roles().iterator().next().name(), links);
            for (var link : links) {
                mvc.perform(get(link).with(TestSignIn.as(user))).andExpect(status().isOk());
            }
        }

        assertThat(offered.get("ME_OFFICER")).contains("/plans/" + plan + "/review",
                "/reporting/plans/" + plan + "/schedule", "/reporting/plans/" + plan + "/completeness");
        assertThat(offered.get("COORDINATOR")).contains("/plans/" + plan + "/review")
                .doesNotContain("/reporting/plans/" + plan + "/schedule");
        assertThat(offered.get("MEMBER")).contains("/plans/" + plan + "/corrective-actions")
                .doesNotContain("/reporting/plans/" + plan + "/completeness");
        assertThat(offered.get("FOCAL_POINT")).contains("/plans/" + plan + "/corrective-actions")
                .doesNotContain("/plans/" + plan + "/review");
    }

    @Test
    void theListOfPlansShowsTheSizeOfEachPlan() throws Exception {
        var title = Unique.name("Listed plan");
        fixture.asOfficer();
        var plan = editing.createPlan(new org.ariadne.plan.PlanCommand(title, null, null, null, 2016, 2020,
                org.ariadne.plan.PlanStatus.DRAFT));
        fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);

        assertThat(page("/plans", Role.MEMBER)).contains(title).contains("2016–2020").contains("Draft");
    }

    @Test
    void thePlanPageIsShownInAlbanianWhenAsked() throws Exception {
        var plan = fixture.plan("Strategy");
        var objective = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(objective, "SO 1.1", "Raise awareness");
        fixture.activity(specific, "A1.1.1", "Lessons in schools");

        var tree = mvc.perform(get("/plans/" + plan).param("lang", "sq").with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString();
        var matrix = mvc.perform(get("/plans/" + plan + "/matrix").param("lang", "sq").with(TestSignIn.as(Role.MEMBER)))
                .andReturn().getResponse().getContentAsString();

        assertThat(tree).contains("Matrica e monitorimit").contains("Parandalimi").contains("pa tregues")
                .contains("Zhvendos lart").doesNotContain("Monitoring matrix");
        assertThat(matrix).contains("Vlera bazë").contains("Institucioni udhëheqës").contains("Nuk ka filluar")
                .doesNotContain("Lead institution");
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String nameOf(long institutionId) {
        fixture.asOfficer();
        return institutions.get(institutionId).name();
    }
}
