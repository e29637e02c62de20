package org.ariadne.risks.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskFilter;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.RiskView;
import org.ariadne.risks.Risks;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.Download;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The risk register of a plan as its people use it: the office records, changes and deletes risks (each change a
 * line in the trail), everyone who reads the plan reads the heat map, the list and the downloads; a focal point reads
 * but does not edit; bad input comes back naming its fields, a stale version with who saved meanwhile.
 */
@AriadneIntegrationTest
class RiskRegisterIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Risks risks;
    @Autowired
    AuditHistory history;

    BuiltPlan plan;
    long police;
    long shelters;

    @BeforeEach
    void aPlanWithOneActivity() {
        police = testPlans.institution("Border Police", InstitutionType.POLICE);
        plan = testPlans.build(aPlan().named("Plan with risks").running(2024, 2027)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Shelters")
                .withActivity(anActivity("A1.1.1", "Contract the shelters").ledBy(police)));
        shelters = plan.element("A1.1.1");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String register() {
        return "/plans/" + plan.id() + "/risks";
    }

    private long record(String description, int likelihood, int impact, String mitigation) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return risks.create(plan.id(), new RiskCommand(description, RiskCategory.FINANCIAL, likelihood, impact,
                    mitigation, police, RiskStatus.OPEN, null, "activity-" + shelters));
        } finally {
            TestSignIn.clear();
        }
    }

    private RiskView risk(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return risks.get(id);
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theOfficerRecordsARiskAndEveryReaderSeesItInTheListAndTheHeatMap() throws Exception {
        mvc.perform(post(register() + "/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("description", "Shelter contracts signed late").param("category", "FINANCIAL")
                        .param("likelihood", "4").param("impact", "5").param("mitigation", "")
                        .param("ownerId", String.valueOf(police)).param("status", "OPEN")
                        .param("nextReview", "2026-12-31").param("element", "activity-" + shelters))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("noticeKey", "risks.saved"));
        record("Trained officers rotate out", 2, 2, "Training of trainers");

        var list = page(get(register()).with(TestSignIn.as(Role.FOCAL_POINT)));

        var row = list.select("table.register tbody tr").stream()
                .filter(tr -> tr.text().contains("Shelter contracts signed late")).findFirst().orElseThrow();
        assertThat(row.text()).contains("A1.1.1 Contract the shelters", "Financial", "4 × 5 = 20", "critical",
                "no mitigation", "Border Police", "open", "never reviewed");
        var cell = list.selectFirst("#cell-4-5");
        assertThat(cell.text()).isEqualTo("1 critical");
        assertThat(list.selectFirst("#cell-2-2").text()).isEqualTo("1 low");
        assertThat(list.selectFirst("#cell-1-1").text()).as("an empty cell names its level too").isEqualTo("0 low");
        assertThat(list.select("table.heatmap th[scope=row]")).extracting(th -> th.text()).first()
                .isEqualTo("5 almost certain");
        assertThat(list.select("a[href$=/risks/new]")).as("a focal point may not record risks").isEmpty();

        var filtered = page(get(cell.selectFirst("a").attr("href")).with(TestSignIn.as(Role.MEMBER)));
        assertThat(filtered.select("table.register tbody tr")).hasSize(1).first()
                .satisfies(tr -> assertThat(tr.text()).contains("Shelter contracts signed late"));
    }

    @Test
    void aFormThatCannotBeSavedNamesEveryFieldAndKeepsTheInput() throws Exception {
        var answer = page(post(register() + "/new").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                .param("description", "").param("category", "").param("likelihood", "7").param("impact", "0")
                .param("mitigation", "Ask the donors early").param("ownerId", "").param("status", "OPEN")
                .param("element", "activity-999999999"));

        var reasons = answer.select(".flash.problem p").eachText();
        assertThat(reasons).contains("Risk: Fill this in.", "Category: Fill this in.",
                "Likelihood: Choose a value from 1 to 5.", "Impact: Choose a value from 1 to 5.",
                "Threatens: Choose the plan or one of its objectives or activities.");
        assertThat(answer.selectFirst("#mitigation").text()).isEqualTo("Ask the donors early");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(risks.list(plan.id(), RiskFilter.none())).isEmpty();
    }

    @Test
    void aChangeSavedMeanwhileIsNotOverwrittenAndEveryChangeIsInTheTrail() throws Exception {
        long id = record("Budget line cut", 3, 4, null);
        var opened = page(get("/risks/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)));
        var seen = opened.selectFirst("input[name=version]").val();
        TestSignIn.onThisThread(Role.COORDINATOR);
        risks.update(id, Integer.parseInt(seen), new RiskCommand(
                "Budget line cut", RiskCategory.FINANCIAL, 3, 4, "Donor bridge fund", police, RiskStatus.OPEN, null,
                "activity-" + shelters));
        TestSignIn.clear();

        var conflict = page(post("/risks/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", seen).param("description", "Budget line cut in autumn").param("category", "FINANCIAL")
                .param("likelihood", "4").param("impact", "4").param("mitigation", "")
                .param("status", "OPEN").param("element", "plan"));
        assertThat(conflict.select(".flash.problem").text()).contains("changed this risk", "Nothing was overwritten");
        assertThat(conflict.selectFirst("#description").text()).isEqualTo("Budget line cut in autumn");
        assertThat(risk(id).mitigation()).isEqualTo("Donor bridge fund");

        var again = conflict.selectFirst("input[name=version]").val();
        mvc.perform(post("/risks/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", again).param("description", "Budget line cut in autumn")
                        .param("category", "FINANCIAL").param("likelihood", "4").param("impact", "4")
                        .param("mitigation", "Donor bridge fund").param("status", "OPEN").param("element", "plan"))
                .andExpect(status().is3xxRedirection());
        assertThat(risk(id).score()).isEqualTo(16);
        assertThat(risk(id).element().kind()).isEqualTo(org.ariadne.risks.ElementKind.PLAN);

        mvc.perform(post("/risks/" + id + "/delete").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(risk(id).version())))
                .andExpect(redirectedUrl(register())).andExpect(flash().attribute("noticeKey", "risks.deleted"));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(risks.list(plan.id(), RiskFilter.none())).isEmpty();
        assertThat(history.forEntity("risk", id)).extracting(AuditEntry::action).containsExactlyInAnyOrder(
                AuditAction.CREATED, AuditAction.UPDATED, AuditAction.UPDATED, AuditAction.DELETED);
    }

    @Test
    void aFocalPointAndAMemberReadTheRegisterButNeitherRecordsNorChanges() throws Exception {
        long id = record("Victims withdraw statements", 3, 4, "Victim advocates");
        for (var role : new Role[] {Role.FOCAL_POINT, Role.MEMBER, Role.EVALUATOR}) {
            RequestPostProcessor who = TestSignIn.as(role);
            mvc.perform(get(register()).with(who)).andExpect(status().isOk());
            mvc.perform(get(register() + "/new").with(who)).andExpect(status().isForbidden());
            mvc.perform(get("/risks/" + id + "/edit").with(who)).andExpect(status().isForbidden());
            mvc.perform(post("/risks/" + id + "/edit").with(who).with(csrf()).param("version", "0")
                    .param("description", "Changed by " + role)).andExpect(status().isForbidden());
            mvc.perform(post("/risks/" + id + "/delete").with(who).with(csrf()).param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(risk(id).description()).isEqualTo("Victims withdraw statements");
    }

    @Test
    void theRegisterDownloadsAsCsvAndExcelWithTheFiltersOfThePage() throws Exception {
        record("Shelter contracts signed late", 4, 5, null);
        record("Curriculum not adopted", 2, 2, "Agreement with the University");

        var csv = Download.of(mvc.perform(get(register() + ".csv").param("level", "CRITICAL")
                .with(TestSignIn.as(Role.FOCAL_POINT))).andExpect(status().isOk()).andReturn());
        assertThat(csv.csvRows().get(0)).contains("Threatens", "Risk", "Score", "Level", "Mitigation");
        assertThat(csv.csvRows()).hasSize(2);
        assertThat(csv.csvRows().get(1)).contains("A1.1.1 Contract the shelters", "Shelter contracts signed late",
                "20", "critical");
        assertThat(csv.csvRows().get(1)).anyMatch(cell -> cell.startsWith("Border Police"));

        var xlsx = Download.of(mvc.perform(get(register() + ".xlsx").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn());
        assertThat(xlsx.fileName()).endsWith(".xlsx");
        assertThat(xlsx.xlsxRows()).hasSize(3);
    }

    @Test
    void markingARiskReviewedSetsTodayAndTheNextReviewAndGoesBackToTheReview() throws Exception {
        long id = record("Shelter contracts signed late", 4, 5, null);
        var back = "/plans/" + plan.id() + "/review?half=2025-H2";

        mvc.perform(post("/risks/" + id + "/reviewed").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(risk(id).version())).param("back", back)
                        .param("nextReview", LocalDate.now().minusDays(1).toString()))
                .andExpect(redirectedUrl(back + "#risk-" + id))
                .andExpect(flash().attribute("problemKey", "risks.refused.next-review"));
        assertThat(risk(id).lastReviewed()).isNull();

        var next = LocalDate.now().plusMonths(6);
        mvc.perform(post("/risks/" + id + "/reviewed").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(risk(id).version())).param("back", "https://evil.example/")
                        .param("nextReview", next.toString()))
                .andExpect(redirectedUrl(register() + "#risk-" + id));
        assertThat(risk(id).lastReviewed()).isEqualTo(LocalDate.now());
        assertThat(risk(id).nextReview()).isEqualTo(next);
        assertThat(risk(id).dueForReview(LocalDate.now())).isFalse();
    }
}
