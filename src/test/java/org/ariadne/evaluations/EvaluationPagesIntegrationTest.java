package org.ariadne.evaluations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.ariadne.support.AriadneIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation pages as their people use them, on the real database: the officer creates an evaluation and puts an
 * evaluator on its team; the evaluator, inside their window, judges and rates a criterion with evidence, asks
 * questions, writes findings and conclusions and adds recommendations; the coordinator marks it final, which locks
 * it; members read it only then. Bad input comes back naming its fields; a stale version says who saved meanwhile.
 */
@AriadneIntegrationTest
class EvaluationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationTestKit kit;
    @Autowired
    JdbcClient jdbc;

    BuiltPlan plan;
    SignedInUser evaluator;
    long evaluation;

    @BeforeEach
    void anEvaluationWithAnEvaluatorInsideTheWindow() {
        plan = kit.plan();
        evaluator = kit.evaluator("Jelena Test-Evaluator");
        evaluation = kit.evaluation(plan.id(), Unique.name("Mid-term evaluation"));
        kit.assign(evaluation, evaluator, LocalDate.now().minusDays(10), LocalDate.now().plusDays(10));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "/evaluations/" + evaluation;
    }

    @Test
    void theOfficerCreatesAnEvaluationAndFindsItInTheList() throws Exception {
        var title = Unique.name("Final evaluation");
        var location = mvc.perform(post("/evaluations/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("planId", String.valueOf(plan.id())).param("kind", "FINAL").param("title", title)
                        .param("commissionedBy", "The coordinator").param("evaluatorOrganisation", "Drita Partners")
                        .param("independent", "true").param("periodFrom", "2024-01-01").param("periodUntil", "2028-12-31")
                        .param("startsOn", "2029-01-10").param("draftReportOn", "2029-03-01")
                        .param("finalReportOn", "2029-04-01").param("termsOfReference", "Assess the whole plan."))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("noticeKey", "evaluations.saved"))
                .andReturn().getResponse().getRedirectedUrl();

        var created = page(get(location).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(created.selectFirst("h1").text()).isEqualTo(title);
        assertThat(created.selectFirst("#evaluation-summary").text()).contains("Final (ex post) evaluation",
                "Drita Partners", "(independent evaluator)", "The coordinator");
        assertThat(created.selectFirst("#tor-text").text()).isEqualTo("Assess the whole plan.");
        assertThat(created.select("#criteria-matrix tbody tr")).hasSize(6);
        assertThat(created.selectFirst("#evaluation-status").text()).isEqualTo("Planned");
        var list = page(get("/evaluations").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(list.select("#evaluation-list td a").eachText()).contains(title);
    }

    @Test
    void aFormThatCannotBeSavedNamesEveryFieldAndSavesNothing() throws Exception {
        var title = Unique.name("Never saved");
        var answer = page(post("/evaluations/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("planId", "").param("kind", "MID_TERM").param("title", "")
                .param("periodFrom", "2025-01-01").param("periodUntil", "2024-01-01")
                .param("startsOn", "2025-05-01").param("finalReportOn", "2025-02-01")
                .param("termsOfReference", title));

        assertThat(answer.selectFirst(".flash.problem").text()).contains("Plan: Fill this in.",
                "Title: Fill this in.", "Period covered: until: The end is before the beginning.",
                "Final report: The start, the draft report and the final report must come in this order.");
        assertThat(answer.selectFirst("#title-error")).isNotNull();
        assertThat(answer.selectFirst("#termsOfReference").text()).as("the input as typed").isEqualTo(title);
        assertThat(jdbc.sql("select count(*) from evaluation where terms_of_reference = ?").param(title)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anUnreadableDateIsNamedAndTheRestOfTheInputKept() throws Exception {
        var answer = page(post("/evaluations/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("planId", String.valueOf(plan.id())).param("kind", "MID_TERM").param("title", "Kept title")
                .param("draftReportOn", "31/02/2025"));

        assertThat(answer.selectFirst(".flash.problem").text()).contains("Draft report: Enter a date as YYYY-MM-DD.");
        assertThat(answer.selectFirst("#title").val()).isEqualTo("Kept title");
        assertThat(answer.selectFirst("#draftReportOn").val()).isEqualTo("31/02/2025");
    }

    @Test
    void theEvaluatorRatesACriterionWithEvidenceAndTheMatrixShowsIt() throws Exception {
        var form = page(get(base() + "/criteria/effectiveness").with(TestSignIn.as(evaluator)));
        assertThat(form.select("#rating label").eachText()).contains("4 · Highly satisfactory",
                "1 · Unsatisfactory");
        assertThat(form.select("#rating .hint").eachText()).as("the scale's meanings are shown")
                .contains("The criterion is not met; major shortcomings need corrective action.");
        var indicator = form.selectFirst("#evidence-indicator input[type=checkbox]").val();
        var activity = form.selectFirst("#evidence-activity input[type=checkbox]").val();
        var version = form.selectFirst("#criterion-form input[name=version]").val();

        mvc.perform(post(base() + "/criteria/effectiveness").with(TestSignIn.as(evaluator)).with(csrf())
                        .param("version", version).param("judgement", "Shelters were contracted late.")
                        .param("rating", "PARTLY_UNSATISFACTORY").param("evidence", indicator, activity))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "evaluations.criterion.saved"));

        var page = page(get(base()).with(TestSignIn.as(evaluator)));
        assertThat(page.selectFirst("#matrix-effectiveness").text()).contains("2/4 · Partly unsatisfactory");
        assertThat(page.select("#criterion-effectiveness .evidence a").eachText())
                .containsExactlyInAnyOrder("Victims sheltered", "A1.1.1 Contract the shelters");
        var csv = mvc.perform(get(base() + "/matrix.csv").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Effectiveness", "Shelters were contracted late.", "Partly unsatisfactory",
                "Victims sheltered");
        var xlsx = mvc.perform(get(base() + "/matrix.xlsx").with(TestSignIn.as(evaluator)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
    }

    @Test
    void aRatingWithoutJudgementAndEvidenceNotOfThePlanAreRefusedNamingTheirFields() throws Exception {
        var answer = page(post(base() + "/criteria/relevance").with(TestSignIn.as(evaluator)).with(csrf())
                .param("version", "0").param("judgement", " ").param("rating", "SATISFACTORY")
                .param("evidence", "indicator-999999999", "report-1-999999"));

        assertThat(answer.selectFirst(".flash.problem").text()).contains("Rating: Write the judgement that explains the rating.",
                "indicator-999999999", "report-1-999999");
        assertThat(kit.read(evaluation).criterion(Criterion.RELEVANCE).rating()).isNull();
    }

    @Test
    void aJudgementSavedMeanwhileIsNotOverwrittenAndTheFormSaysWhoSavedIt() throws Exception {
        var version = page(get(base() + "/criteria/impact").with(TestSignIn.as(evaluator)))
                .selectFirst("#criterion-form input[name=version]").val();
        mvc.perform(post(base() + "/criteria/impact").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", version).param("judgement", "First judgement").param("rating", "SATISFACTORY"))
                .andExpect(status().is3xxRedirection());

        var answer = page(post(base() + "/criteria/impact").with(TestSignIn.as(evaluator)).with(csrf())
                .param("version", version).param("judgement", "Second judgement").param("rating", "UNSATISFACTORY"));

        assertThat(answer.selectFirst(".flash.problem").text()).contains("officer", "Nothing was overwritten");
        assertThat(answer.selectFirst("#judgement").text()).isEqualTo("Second judgement");
        assertThat(answer.selectFirst("#criterion-form input[name=version]").val()).isNotEqualTo(version);
        assertThat(kit.read(evaluation).criterion(Criterion.IMPACT).judgement()).isEqualTo("First judgement");
    }

    @Test
    void questionsFindingsConclusionsAndRecommendationsAreNumberedAndShown() throws Exception {
        mvc.perform(post(base() + "/questions/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("criterion", "EFFICIENCY").param("text", "Were funds spent as planned?"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/statements/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("kind", "FINDING").param("text", "Budgets are vague.").param("criterion", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/statements/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("kind", "CONCLUSION").param("text", "Services depend on donors.").param("criterion", "SUSTAINABILITY"))
                .andExpect(status().is3xxRedirection());
        var form = page(get(base() + "/recommendations/new").with(TestSignIn.as(evaluator)));
        assertThat(form.selectFirst("#reference").val()).isEqualTo("R1");
        mvc.perform(post(base() + "/recommendations/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("reference", "R1").param("text", "Fund the shelters from the state budget.")
                .param("language", "en").param("criterion", "SUSTAINABILITY").param("priority", "HIGH"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "evaluations.recommendation.saved"));

        var page = page(get(base()).with(TestSignIn.as(evaluator)));
        assertThat(page.select("#criterion-efficiency .questions li").eachText())
                .containsExactly("Q1. Were funds spent as planned?");
        assertThat(page.select("#findings + ol li").eachText()).containsExactly("F1. Budgets are vague.");
        assertThat(page.select("#conclusions + ol li").eachText()).containsExactly("C1. Services depend on donors.");
        assertThat(page.selectFirst("#recommendation-table tbody tr").text())
                .contains("R1", "Fund the shelters from the state budget.", "Sustainability", "high");

        var again = page(post(base() + "/recommendations/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("reference", "R1").param("text", "").param("language", "english").param("priority", ""));
        assertThat(again.selectFirst(".flash.problem").text()).contains("Reference: R1 is already used",
                "Text", "Language of the text", "Priority");
    }

    @Test
    void theCoordinatorMarksADraftReportFinalWhichLocksTheContentAndOpensItToMembers() throws Exception {
        kit.move(evaluation, EvaluationStatus.IN_PROGRESS, EvaluationStatus.DRAFT_REPORT);
        mvc.perform(get(base()).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
        var version = kit.read(evaluation).version();
        mvc.perform(post(base() + "/status").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(version)).param("status", "IN_PROGRESS"))
                .andExpect(flash().attribute("problemKey", "evaluations.refused.only-final"));

        mvc.perform(post(base() + "/status").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(version)).param("status", "FINAL"))
                .andExpect(flash().attribute("noticeKey", "evaluations.status-changed"));

        var member = page(get(base()).with(TestSignIn.as(Role.MEMBER)));
        assertThat(member.selectFirst("#evaluation-status").text()).isEqualTo("Final");
        assertThat(member.select("#rate-effectiveness, #add-recommendation, #file-form")).isEmpty();
        var evaluatorPage = page(get(base()).with(TestSignIn.as(evaluator)));
        assertThat(evaluatorPage.select("#rate-effectiveness, #add-recommendation")).as("locked once final").isEmpty();
        var refused = page(post(base() + "/recommendations/new").with(TestSignIn.as(evaluator)).with(csrf())
                .param("reference", "R9").param("text", "Too late").param("language", "en").param("priority", "LOW"));
        assertThat(refused.selectFirst(".flash.problem").text()).contains("The evaluation is final");
        assertThat(kit.read(evaluation).recommendations()).isEmpty();
    }

    @Test
    void aFocalPointAndTheAdministratorOpenNoEvaluationPage() throws Exception {
        for (var role : new Role[] {Role.FOCAL_POINT, Role.ADMINISTRATOR, Role.VICTIM_DATA_OFFICER}) {
            mvc.perform(get("/evaluations").with(TestSignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get(base()).with(TestSignIn.as(role))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theOfficerAssignsAnEvaluatorAndBadAssignmentsAreRefusedNamingTheField() throws Exception {
        var other = kit.evaluator("Second Evaluator");
        var form = page(get(base() + "/team/new").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(form.select("#username option").eachAttr("value")).contains(other.getUsername());

        var refused = page(post(base() + "/team/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("username", evaluator.getUsername()).param("accessFrom", "2026-05-01")
                .param("accessUntil", "2026-04-01"));
        assertThat(refused.selectFirst(".flash.problem").text()).contains("Evaluator: Jelena Test-Evaluator is already on the team",
                "Access until: The last day is before the first day.");

        mvc.perform(post(base() + "/team/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("username", other.getUsername()).param("accessFrom", LocalDate.now().toString())
                        .param("accessUntil", LocalDate.now().plusMonths(1).toString()))
                .andExpect(flash().attribute("noticeKey", "evaluations.team.assigned"));
        var team = page(get(base()).with(TestSignIn.as(Role.COORDINATOR))).select("#team-table tbody tr").eachText();
        assertThat(team).anySatisfy(row -> assertThat(row).contains("Second Evaluator", "open today"));
    }
}
