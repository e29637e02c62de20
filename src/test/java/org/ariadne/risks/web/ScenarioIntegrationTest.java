package org.ariadne.risks.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.Risks;
import org.ariadne.risks.ScenarioCommand;
import org.ariadne.risks.ScenarioView;
import org.ariadne.risks.Scenarios;
import org.ariadne.risks.ServiceKind;
import org.ariadne.security.Role;
import org.ariadne.services.ServiceCommand;
import org.ariadne.services.ServiceType;
import org.ariadne.services.Services;
import org.ariadne.services.TargetGroup;
import org.ariadne.support.Unique;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contingency scenarios: the office writes the minimum package and the affected activities, the coordinator alone
 * activates and deactivates, and while a scenario is active the plan dashboard shows contingency mode; the half-year
 * review lists the risks due for review.
 */
@AriadneIntegrationTest
class ScenarioIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Scenarios scenarios;
    @Autowired
    Risks risks;
    @Autowired
    AuditHistory history;
    @Autowired
    Services directory;

    BuiltPlan plan;
    long shelter;
    long hotline;
    long campaign;
    long training;

    @BeforeEach
    void aPlanWithTwoActivities() {
        shelter = testPlans.institution("Safe House", InstitutionType.NGO);
        hotline = testPlans.institution("Hotline NGO", InstitutionType.NGO);
        plan = testPlans.build(aPlan().named("Plan with scenarios").running(2024, 2027)
                .withStrategicObjective("SO 1", "Prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 1.1", "Awareness")
                .withActivity(anActivity("A1.1.1", "School campaign"))
                .withActivity(anActivity("A1.1.2", "Training of teachers")));
        campaign = plan.element("A1.1.1");
        training = plan.element("A1.1.2");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private ScenarioView scenario(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return scenarios.get(id);
        } finally {
            TestSignIn.clear();
        }
    }

    /** The form's package: a provider and a note per service, in the order of the services. */
    private static MockHttpServletRequestBuilder withPackage(MockHttpServletRequestBuilder request, String... cells) {
        for (int i = 0; i < ServiceKind.values().length; i++) {
            var provider = i * 2 < cells.length ? cells[i * 2] : "";
            var note = i * 2 + 1 < cells.length ? cells[i * 2 + 1] : "";
            request.param("providers", provider).param("notes", note);
        }
        return request;
    }

    @Test
    void theOfficerWritesAScenarioWithItsMinimumPackageAndAffectedActivities() throws Exception {
        var created = mvc.perform(withPackage(post("/plans/" + plan.id() + "/scenarios/new")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()).param("name", "Pandemic")
                        .param("triggers", "Lockdown declared").param("activities", String.valueOf(campaign)),
                        String.valueOf(shelter), "Isolation room", "", "", "", "", String.valueOf(hotline), "24/7"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        var page = page(get(created).with(TestSignIn.as(Role.FOCAL_POINT)));
        assertThat(page.select("#package tbody tr")).extracting(tr -> tr.child(0).text())
                .containsExactly("Shelter", "Hotline");
        assertThat(page.select("#package tbody tr").get(0).text()).contains("Safe House", "Isolation room");
        assertThat(page.select("#affected-activities li")).extracting(li -> li.text())
                .containsExactly("A1.1.1 School campaign");
        assertThat(page.select("#activation-form")).as("only the coordinator activates").isEmpty();
    }

    @Test
    void thePackageSaysWhatTheServicesDirectoryHoldsForEachServiceAndWhereItHasNothing() throws Exception {
        long safeHouse = testPlans.institution(Unique.name("Safe House North"), InstitutionType.NGO);
        long helpline = testPlans.institution(Unique.name("Helpline without an entry"), InstitutionType.NGO);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        directory.create(new ServiceCommand(Unique.name("Shelter for women"), ServiceType.SHELTER, safeHouse, "Prizren",
                null, 12, java.util.Set.of(TargetGroup.WOMEN), "+383 29 000 000", "24/7"));
        directory.create(new ServiceCommand(Unique.name("Shelter for children"), ServiceType.SHELTER, safeHouse,
                "Prizren", null, 8, java.util.Set.of(TargetGroup.CHILDREN), null, null));
        long id = scenarios.create(plan.id(), ScenarioCommand.of("Floods", "Rivers over their banks",
                List.of(new ScenarioCommand.PackageLine(ServiceKind.SHELTER, safeHouse, "Two rooms kept"),
                        new ScenarioCommand.PackageLine(ServiceKind.HOTLINE, helpline, ""),
                        new ScenarioCommand.PackageLine(ServiceKind.IDENTIFICATION_REFERRAL, safeHouse, "")),
                List.of()));
        TestSignIn.clear();

        var rows = page(get("/scenarios/" + id).with(TestSignIn.as(Role.MEMBER)))
                .select("#package tbody tr");
        var shelterRow = rows.stream().filter(tr -> tr.child(0).text().equals("Shelter")).findFirst().orElseThrow();
        assertThat(shelterRow.selectFirst(".directory-match").text()).isEqualTo("2 entries of this provider, 20 places");
        assertThat(shelterRow.selectFirst(".directory-match a").attr("href"))
                .isEqualTo("/services?type=SHELTER&provider=" + safeHouse);
        var hotlineRow = rows.stream().filter(tr -> tr.child(0).text().equals("Hotline")).findFirst().orElseThrow();
        assertThat(hotlineRow.selectFirst(".directory-match").text()).startsWith("The directory lists none of this provider");
        var referral = rows.stream().filter(tr -> tr.child(0).text().startsWith("Identification")).findFirst()
                .orElseThrow();
        assertThat(referral.selectFirst(".directory-match").text()).isEqualTo("Work of the institutions, not a directory entry");
    }

    @Test
    void aServiceWithANoteButNoProviderIsRefusedByName() throws Exception {
        var answer = page(withPackage(post("/plans/" + plan.id() + "/scenarios/new")
                        .with(TestSignIn.as(Role.COORDINATOR)).with(csrf()).param("name", ""),
                "", "Keep two beds"));

        assertThat(answer.select(".flash.problem p").eachText()).contains("Scenario: Fill this in.",
                "Minimum package: Choose who provides the service \"Shelter\", or clear its note.");
        assertThat(answer.selectFirst("#note-SHELTER").val()).isEqualTo("Keep two beds");
    }

    @Test
    void theCoordinatorActivatesAScenarioTheDashboardShowsContingencyModeAndDeactivatingEndsIt() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long id = scenarios.create(plan.id(), ScenarioCommand.of("Migrant influx", "Reception centres full",
                List.of(new ScenarioCommand.PackageLine(ServiceKind.SHELTER, shelter, "Places kept")),
                List.of(training)));
        TestSignIn.clear();
        var dashboard = "/plans/" + plan.id() + "/dashboard";
        assertThat(page(get(dashboard).with(TestSignIn.as(Role.MEMBER))).select(".contingency")).isEmpty();

        mvc.perform(post("/scenarios/" + id + "/activate").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", "0").param("date", LocalDate.now().toString()).param("reason", "Officer"))
                .andExpect(status().isForbidden());
        var refused = page(post("/scenarios/" + id + "/activate").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                .param("version", String.valueOf(scenario(id).version())).param("date", LocalDate.now().plusDays(3).toString())
                .param("reason", ""));
        assertThat(refused.select(".flash.problem p").eachText()).contains("Reason: Fill this in.");
        assertThat(scenario(id).active()).isFalse();

        var since = LocalDate.now().minusDays(2);
        mvc.perform(post("/scenarios/" + id + "/activate").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(scenario(id).version())).param("date", since.toString())
                        .param("reason", "Arrivals tripled in a week"))
                .andExpect(status().is3xxRedirection());

        var banner = page(get(dashboard).with(TestSignIn.as(Role.FOCAL_POINT))).selectFirst(".contingency");
        assertThat(banner).isNotNull();
        assertThat(banner.selectFirst("h2").text()).startsWith("Contingency mode: Migrant influx since");
        assertThat(banner.select(".minimum-package tbody tr")).singleElement()
                .satisfies(tr -> assertThat(tr.text()).contains("Shelter", "Safe House", "Places kept"));
        assertThat(banner.select(".affected-activities li")).singleElement()
                .satisfies(li -> assertThat(li.text()).isEqualTo("A1.1.2 Training of teachers affected by Migrant influx"));

        mvc.perform(post("/scenarios/" + id + "/deactivate").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(scenario(id).version())).param("date", LocalDate.now().toString())
                        .param("reason", "Arrivals back to normal"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get(dashboard).with(TestSignIn.as(Role.MEMBER))).select(".contingency")).isEmpty();
        assertThat(scenario(id).deactivationReason()).isEqualTo("Arrivals back to normal");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(history.forEntity("contingency-scenario", id)).as("created, activated, deactivated").hasSize(3);
    }

    @Test
    void aPlanWithoutScenariosStartsFromTheUsualFour() throws Exception {
        var empty = page(get("/plans/" + plan.id() + "/scenarios").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(empty.select("#add-usual")).hasSize(1);

        mvc.perform(post("/plans/" + plan.id() + "/scenarios/usual").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/" + plan.id() + "/scenarios/usual").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var list = page(get("/plans/" + plan.id() + "/scenarios").with(TestSignIn.as(Role.EVALUATOR)));
        assertThat(list.select("#scenario-list tbody tr td:first-child")).extracting(td -> td.text())
                .containsExactly("Pandemic", "Migrant influx", "Natural disaster", "Budget cut");
    }

    @Test
    void theHalfYearReviewListsTheRisksDueForReview() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long due = risks.create(plan.id(), new RiskCommand("Schools closed by a pandemic", RiskCategory.EXTERNAL, 3, 5,
                null, null, RiskStatus.OPEN, null, "activity-" + campaign));
        long later = risks.create(plan.id(), new RiskCommand("Teachers unavailable", RiskCategory.OPERATIONAL, 2, 2,
                "Training in the holidays", null, RiskStatus.OPEN, null, "plan"));
        risks.markReviewed(later, risks.get(later).version(), LocalDate.now().plusYears(2));
        TestSignIn.clear();

        var review = page(get("/plans/" + plan.id() + "/review").with(TestSignIn.as(Role.ME_OFFICER)));

        var section = review.selectFirst("#risks-due");
        assertThat(section.select("tbody tr")).extracting(tr -> tr.id()).containsExactly("risk-" + due);
        assertThat(section.selectFirst("tbody tr").text()).contains("Schools closed by a pandemic", "never reviewed");
        assertThat(section.select("form[action=/risks/" + due + "/reviewed] input[name=back]").val())
                .startsWith("/plans/" + plan.id() + "/review?half=");
        var member = page(get("/plans/" + plan.id() + "/review").with(TestSignIn.as(Role.MEMBER)));
        assertThat(member.select("#risks-due tbody tr")).hasSize(1);
        assertThat(member.select("#risks-due form")).as("a member reads, the office marks").isEmpty();
    }
}
