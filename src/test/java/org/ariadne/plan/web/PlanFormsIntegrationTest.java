package org.ariadne.plan.web;


import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The M&E officer builds and reworks a plan through the forms, and the plan refuses what it cannot hold. */
@AriadneIntegrationTest
class PlanFormsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;

    @Autowired
    PlanFixture fixture;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void anOfficerBuildsAPlanThroughTheFormsAndSeesItOnTheTree() throws Exception {
        var ministry = fixture.institution("Ministry of Education", InstitutionType.MINISTRY);
        var police = fixture.institution("Police", InstitutionType.POLICE);
        var shelter = fixture.institution("Shelter", InstitutionType.SHELTER_NGO);
        var donor = fixture.institution("Donor", InstitutionType.DONOR);
        var plan = fixture.plan("Built by forms");

        assertThat(form("/plans/" + plan + "/strategic-objectives/new")).contains("value=\"SO 1\"");
        save(post("/plans/" + plan + "/strategic-objectives/new")
                .param("code", "SO 1").param("title", "Protect every victim").param("description", "")
                .param("thematicArea", "PROTECTION"));
        var strategic = tree(plan).objectives().get(0);
        assertThat(strategic.thematicArea()).isEqualTo(ThematicArea.PROTECTION.name());

        assertThat(form("/strategic-objectives/" + strategic.id() + "/specific-objectives/new")).contains("value=\"SO 1.1\"");
        save(post("/strategic-objectives/" + strategic.id() + "/specific-objectives/new")
                .param("code", "SO 1.1").param("title", "Identify victims early").param("description", ""));
        var specific = tree(plan).specificObjectives().findFirst().orElseThrow();

        assertThat(form("/specific-objectives/" + specific.id() + "/activities/new")).contains("value=\"A1.1.1\"");
        save(budgetLine(budgetLine(activityForm(post("/specific-objectives/" + specific.id() + "/activities/new"), "A1.1.1",
                "Train labour inspectors", "2017-02-01", "2017-11-30")
                .param("leadInstitutionId", String.valueOf(ministry))
                .param("supportingInstitutionIds", String.valueOf(police), String.valueOf(shelter)), 0, "2017", "DONOR",
                String.valueOf(donor), "12500.50", "5000").param("budgetLines[0].currency", "all"), 1, "",
                "STATE_BUDGET", "", "", ""));
        var activity = tree(plan).activities().findFirst().orElseThrow();
        assertThat(activity.supportingInstitutionIds()).containsExactlyInAnyOrder(police, shelter);
        assertThat(activity.budgetLines()).singleElement().satisfies(line -> {
            assertThat(line.year()).isEqualTo(2017);
            assertThat(line.kind()).isEqualTo(FundingSourceKind.DONOR);
            assertThat(line.sourceInstitutionId()).isEqualTo(donor);
            assertThat(line.planned()).isEqualByComparingTo("12500.50");
            assertThat(line.secured()).isEqualByComparingTo("5000");
            assertThat(line.currency()).as("the amount keeps the currency it was written in").isEqualTo("ALL");
        });
        assertThat(activity.startDate()).hasToString("2017-02-01");

        assertThat(form("/activities/" + activity.id() + "/indicators/new")).contains("2016").contains("2020");
        save(post("/activities/" + activity.id() + "/indicators/new")
                .param("name", "Labour inspectors trained").param("resultLevel", "OUTPUT").param("type", "NUMBER")
                .param("direction", "INCREASE").param("unit", "inspectors")
                .param("baselineValue", "0").param("baselineYear", "2015")
                .param("targetValue", "120").param("targetYear", "2020")
                .param("yearTargets[0].year", "2016").param("yearTargets[0].value", "")
                .param("yearTargets[1].year", "2017").param("yearTargets[1].value", "40")
                .param("disaggregations", "SEX", "REGION").param("_disaggregations", "on")
                .param("responsibleInstitutionId", String.valueOf(police)));
        var indicator = tree(plan).indicators().findFirst().orElseThrow();
        assertThat(indicator.owner()).isEqualTo(IndicatorOwner.activity(activity.id()));
        assertThat(indicator.yearTargets()).containsOnlyKeys(2017);
        assertThat(indicator.yearTargets().get(2017)).isEqualByComparingTo("40");
        assertThat(indicator.disaggregations()).containsExactlyInAnyOrder(Disaggregation.SEX, Disaggregation.REGION);

        var page = page("/plans/" + plan);
        fixture.asOfficer();
        assertThat(page).containsSubsequence("SO 1", "Protect every victim", "SO 1.1", "Identify victims early",
                "A1.1.1", "Train labour inspectors", "Labour inspectors trained", "0", "→", "120", "inspectors");
        var activityPage = page("/activities/" + activity.id());
        fixture.asOfficer();
        assertThat(activityPage).contains("12,500.50").contains("5,000.00").contains("7,500.50").contains(">ALL<")
                .contains(institutions.get(police).name()).contains("Labour inspectors trained");
    }

    @Test
    void indicatorsCanAlsoMeasureObjectives() throws Exception {
        var plan = fixture.plan("Objective indicators");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");

        assertThat(form("/strategic-objectives/" + strategic + "/indicators/new")).contains("value=\"IMPACT\" selected");
        save(post("/strategic-objectives/" + strategic + "/indicators/new").param("name", "Victims identified per year")
                .param("resultLevel", "IMPACT").param("type", "NUMBER"));
        save(post("/specific-objectives/" + specific + "/indicators/new").param("name", "People who know the hotline")
                .param("resultLevel", "OUTCOME").param("type", "PERCENTAGE").param("numerator", "people who know it")
                .param("denominator", "people asked"));

        var tree = tree(plan);
        assertThat(tree.objectives().get(0).indicators()).extracting("name").containsExactly("Victims identified per year");
        assertThat(tree.specificObjectives().findFirst().orElseThrow().indicators()).extracting("name")
                .containsExactly("People who know the hotline");
    }

    @Test
    void aCodeThatDoesNotFitItsPlaceIsRefusedOnTheFormAndNothingIsSaved() throws Exception {
        var plan = fixture.plan("Bad codes");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");

        var page = refused(activityForm(post("/specific-objectives/" + specific + "/activities/new"), "A2.3.1",
                "Lessons in every school", "", ""));

        assertThat(page).contains("“A2.3.1” is not a code for this place; write it like A1.1.1.")
                .contains("Lessons in every school");
        assertThat(tree(plan).activities()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedOnTheFormWithBothDatesAndNothingIsSaved() throws Exception {
        var plan = fixture.plan("Reversed dates");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");

        var page = refused(activityForm(post("/specific-objectives/" + specific + "/activities/new"), "A1.1.1",
                "Lessons in every school", "2016-01-01", "2015-03-01"));

        assertThat(page).contains("The end date 2015-03-01 is before the start date 2016-01-01. Correct one of them.")
                .contains("value=\"2016-01-01\"").contains("value=\"2015-03-01\"");
        assertThat(tree(plan).activities()).isEmpty();
    }

    @Test
    void aMissingTitleAndAnAmountThatIsNotANumberAreShownNextToTheirFields() throws Exception {
        var plan = fixture.plan("Validation");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");

        var page = refused(budgetLine(activityForm(post("/specific-objectives/" + specific + "/activities/new"), "A1.1.1", "",
                "", "").param("risks", "Elections may delay it"), 0, "", "STATE_BUDGET", "", "a lot", ""));

        assertThat(page).contains("Fill this in.").contains("Enter a number, for example 1250.50.")
                .contains("a lot").contains("Elections may delay it");
        assertThat(tree(plan).activities()).isEmpty();
    }

    @Test
    void aPercentageAboveAHundredIsRefusedAtTheBaseline() throws Exception {
        var plan = fixture.plan("Percentages");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);

        var page = refused(post("/strategic-objectives/" + strategic + "/indicators/new").param("name", "Share of victims referred")
                .param("type", "PERCENTAGE").param("baselineValue", "140"));

        assertThat(page).contains("Baseline: 140 is not a percentage. Enter a value from 0 to 100.");
        assertThat(tree(plan).indicators()).isEmpty();
    }

    @Test
    void movingAnActivityUpChangesTheOrderOnTheTree() throws Exception {
        var plan = fixture.plan("Reordered");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");
        fixture.activity(specific, "A1.1.1", "Lessons in schools");
        var campaign = fixture.activity(specific, "A1.1.2", "Television campaign");
        assertThat(page("/plans/" + plan)).containsSubsequence("Lessons in schools", "Television campaign");

        mvc.perform(post("/activities/" + campaign + "/move").param("direction", "UP").with(csrf())
                        .with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isFound());

        assertThat(page("/plans/" + plan)).containsSubsequence("Television campaign", "Lessons in schools");
    }

    @Test
    void deletingAStrategicObjectiveShowsWhatGoesWithItThenRemovesItsChildren() throws Exception {
        var plan = fixture.plan("Deletion");
        var doomed = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var kept = fixture.strategic(plan, "SO 2", "Protect victims", ThematicArea.PROTECTION);
        var first = fixture.specific(doomed, "SO 1.1", "Raise awareness");
        var second = fixture.specific(doomed, "SO 1.2", "Reduce demand");
        var lessons = fixture.activity(first, "A1.1.1", "Lessons in schools");
        fixture.activity(first, "A1.1.2", "Television campaign");
        fixture.activity(second, "A1.2.1", "Inspect employers");
        fixture.indicator(IndicatorOwner.activity(lessons), "Pupils reached");
        fixture.indicator(IndicatorOwner.strategicObjective(doomed), "Victims identified");

        assertThat(page("/strategic-objectives/" + doomed + "/delete"))
                .contains("2 specific objectives, 3 activities and 2 indicators are deleted with it.");

        mvc.perform(post("/strategic-objectives/" + doomed + "/delete").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isFound());

        var tree = tree(plan);
        assertThat(tree.objectives()).extracting("id").containsExactly(kept);
        assertThat(tree.indicators()).isEmpty();
        fixture.asOfficer();
        assertThatThrownBy(() -> plans.planOf(PlanCode.Kind.ACTIVITY, lessons)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anOfficerCreatesAndRenamesAPlan() throws Exception {
        assertThat(form("/plans/new")).contains("name=\"startYear\"");
        var created = mvc.perform(post("/plans/new").param("title", "Action plan 2021–2023").param("startYear", "2021")
                        .param("endYear", "2023").param("status", "DRAFT").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        var plan = Long.parseLong(created.substring("/plans/".length()));
        assertThat(form("/plans/" + plan + "/edit")).contains("Action plan 2021–2023");

        var reversed = refused(post("/plans/" + plan + "/edit").param("version", String.valueOf(tree(plan).plan().version()))
                .param("title", "Action plan 2021–2023").param("startYear", "2023").param("endYear", "2021"));
        assertThat(reversed).contains("The plan cannot end in 2021 before it starts in 2023.");

        save(post("/plans/" + plan + "/edit").param("version", String.valueOf(tree(plan).plan().version()))
                .param("title", "Annual operational plan 2021").param("startYear", "2021").param("endYear", "2023")
                .param("status", "ADOPTED"));
        assertThat(tree(plan).plan().title()).isEqualTo("Annual operational plan 2021");
    }

    private static MockHttpServletRequestBuilder activityForm(MockHttpServletRequestBuilder request, String code,
            String title, String start, String end) {
        return request.param("code", code).param("title", title).param("description", "").param("expectedResult", "")
                .param("leadInstitutionId", "").param("responsiblePerson", "Fatmira")
                .param("startDate", start).param("endDate", end).param("_continuous", "on").param("frequency", "")
                .param("meansOfVerification", "").param("assumptions", "").param("risks", "").param("status", "")
                .param("_supportingInstitutionIds", "on");
    }

    /** A row of the budget table as the browser sends it, empty boxes included. */
    private static MockHttpServletRequestBuilder budgetLine(MockHttpServletRequestBuilder request, int row, String year,
            String kind, String source, String planned, String secured) {
        var prefix = "budgetLines[" + row + "].";
        return request.param(prefix + "year", year).param(prefix + "kind", kind).param(prefix + "sourceInstitutionId", source)
                .param(prefix + "planned", planned).param(prefix + "secured", secured);
    }

    private void save(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isFound());
    }

    private String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String form(String path) throws Exception {
        return page(path);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private PlanTree tree(long plan) {
        fixture.asOfficer();
        return plans.tree(plan);
    }
}
