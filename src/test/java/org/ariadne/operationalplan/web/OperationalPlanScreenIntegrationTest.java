package org.ariadne.operationalplan.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.operationalplan.LineCommand;
import org.ariadne.operationalplan.LineDecision;
import org.ariadne.operationalplan.LineView;
import org.ariadne.operationalplan.OperationalPlanEditing;
import org.ariadne.operationalplan.OperationalPlanFixture;
import org.ariadne.operationalplan.OperationalPlanStatus;
import org.ariadne.operationalplan.OperationalPlans;
import org.ariadne.plan.Plans;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportStatuses;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operational plan pages as the M&E officer, the coordinator, a member and a focal point use them. */
@AriadneIntegrationTest
class OperationalPlanScreenIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    OperationalPlans operationalPlans;
    @Autowired
    OperationalPlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    ReportStatuses reportStatuses;
    @Autowired
    JdbcClient jdbc;

    OperationalPlanFixture fixture;
    final RequestPostProcessor officer = TestSignIn.as(Role.ME_OFFICER);
    final RequestPostProcessor coordinator = TestSignIn.as(Role.COORDINATOR);

    @BeforeEach
    void setUp() {
        fixture = new OperationalPlanFixture(testPlans);
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(String path, RequestPostProcessor who) throws Exception {
        var body = mvc.perform(get(path).with(who).locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    /** The page a post redirects to, with its notice or refusal, as the person sees it. */
    private Document follow(MvcResult result, RequestPostProcessor who) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        var body = mvc.perform(get(result.getResponse().getRedirectedUrl()).with(who).locale(Locale.ENGLISH)
                        .flashAttrs(result.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return Jsoup.parse(body);
    }

    private Document drafted() throws Exception {
        var result = mvc.perform(post("/plans/" + fixture.plan.id() + "/operational-plans").param("year", "2017")
                .with(officer).with(csrf()).locale(Locale.ENGLISH)).andReturn();
        return follow(result, officer);
    }

    private LineView line(String code) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return operationalPlans.get(fixture.plan.id(), 2017).lines().stream().filter(l -> l.code().equals(code))
                .findFirst().orElseThrow();
    }

    private int opVersion() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return operationalPlans.get(fixture.plan.id(), 2017).version();
    }

    private long opId() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return operationalPlans.get(fixture.plan.id(), 2017).id();
    }

    private String linePath(LineView line) {
        return fixture.path() + "/lines/" + line.id();
    }

    @Test
    void theOfficerDraftsTheYearWithItsDueActivitiesAndTheUnfinishedOnesOfTheYearBefore() throws Exception {
        var page = drafted();
        assertThat(page.select(".flash.notice").text()).contains("The operational plan 2017 is drafted: 4 activities.");
        assertThat(page.select("#due tbody tr").eachAttr("data-code")).containsExactly("A1.1.1", "A1.1.5");
        assertThat(page.select("#carry-overs tbody tr").eachAttr("data-code")).containsExactly("A1.1.2", "A1.1.3");
        var training = page.selectFirst("#due tr[data-code=A1.1.1]").text();
        assertThat(training).contains("Officers trained: 120 persons").contains("12,000").contains("Hope shelter");
        assertThat(page.select("#undecided").text()).contains("Carry-overs still to decide: 2");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'operational-plan' and plan_id = ?")
                .param(fixture.plan.id()).query(Long.class).single()).isEqualTo(1);

        var again = mvc.perform(post("/plans/" + fixture.plan.id() + "/operational-plans").param("year", "2017")
                .with(officer).with(csrf()).locale(Locale.ENGLISH)).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).endsWith("/operational-plans");
        assertThat(follow(again, officer).select(".flash.problem").text())
                .contains("The operational plan 2017 is drafted already.");
    }

    @Test
    void aCarryOverWithoutReasonOrWithADateOutsideThePlanIsRefusedFieldByFieldAndNothingIsLost() throws Exception {
        drafted();
        var risks = line("A1.1.2");
        var form = Jsoup.parse(mvc.perform(post(linePath(risks)).with(officer).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", String.valueOf(risks.version())).param("decision", "ACCEPTED")
                        .param("reason", "").param("newEndDate", "2020-03-31").param("budget", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(form.select("#reason-error").text()).contains("Reason: say why the activity is carried over.");
        assertThat(form.select("#newEndDate-error").text()).contains("New end date: it must fall between");
        assertThat(form.select("#budget-error").text()).contains("Budget for the year: the amount cannot be negative.");
        assertThat(form.select("#newEndDate").val()).as("kept as typed").isEqualTo("2020-03-31");
        var unreadable = Jsoup.parse(mvc.perform(post(linePath(risks)).with(officer).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", String.valueOf(risks.version())).param("decision", "ACCEPTED")
                        .param("reason", "Late").param("newEndDate", "2017-06-30").param("budget", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(unreadable.select("#budget-error").text()).contains("Enter a number");
        assertThat(unreadable.select("#budget").val()).as("kept as typed").isEqualTo("abc");
        assertThat(unreadable.select("#reason").text()).isEqualTo("Late");
        assertThat(line("A1.1.2").decision()).isEqualTo(LineDecision.PROPOSED);

        var saved = mvc.perform(post(linePath(risks)).with(officer).with(csrf()).locale(Locale.ENGLISH)
                .param("version", String.valueOf(risks.version())).param("decision", "ACCEPTED")
                .param("reason", "The assessment team was formed only in November").param("newEndDate", "2017-06-30")
                .param("budget", "3500")).andReturn();
        var page = follow(saved, officer);
        assertThat(page.select(".flash.notice").text()).contains("The line A1.1.2 is saved.");
        var row = page.selectFirst("#carry-overs tr[data-code=A1.1.2]");
        assertThat(row.attr("data-decision")).isEqualTo("ACCEPTED");
        assertThat(row.text()).contains("The assessment team was formed only in November").contains("30 Jun 2017")
                .contains("3,500");
        var trail = jdbc.sql("select after_state from audit_event where entity_type = 'operational-plan-line' and entity_id = ?")
                .param(risks.id()).query(String.class).list();
        assertThat(trail).hasSize(1).allSatisfy(values -> assertThat(values).contains("ACCEPTED")
                .contains("formed only in November"));
    }

    @Test
    void aDueActivityIsLeftOutOnlyWithAReasonAndAStaleFormIsToldWhoSavedFirst() throws Exception {
        drafted();
        var coordination = line("A1.1.5");
        var refused = Jsoup.parse(mvc.perform(post(linePath(coordination)).with(officer).with(csrf())
                        .locale(Locale.ENGLISH).param("version", String.valueOf(coordination.version()))
                        .param("decision", "EXCLUDED")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(refused.select("#reason-error").text()).contains("Reason: say why the activity is left out of the year.");

        mvc.perform(post(linePath(coordination)).with(officer).with(csrf()).param("version",
                String.valueOf(coordination.version())).param("decision", "EXCLUDED")
                .param("reason", "Taken over by the regional table")).andExpect(status().is3xxRedirection());
        var stale = Jsoup.parse(mvc.perform(post(linePath(coordination)).with(officer).with(csrf())
                        .locale(Locale.ENGLISH).param("version", String.valueOf(coordination.version()))
                        .param("decision", "INCLUDED").param("targetNote", "As planned")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(stale.select(".flash.problem").text()).contains("changed this operational plan");
        assertThat(line("A1.1.5").decision()).isEqualTo(LineDecision.EXCLUDED);
    }

    @Test
    void theCoordinatorApprovesOnceEveryCarryOverIsDecidedWhichFreezesItUntilReopenedWithAReason() throws Exception {
        drafted();
        long planId = fixture.plan.id();
        var early = mvc.perform(post(fixture.path() + "/approve").with(coordinator).with(csrf())
                .param("version", String.valueOf(opVersion()))).andReturn();
        assertThat(follow(early, coordinator).select(".flash.problem").text())
                .contains("Decide every carry-over before approval: 2 still open (A1.1.2, A1.1.3).");

        decideBoth();
        var page = page(fixture.path(), coordinator);
        assertThat(page.select("#approve button").text()).isEqualTo("Approve the operational plan");
        var approved = mvc.perform(post(fixture.path() + "/approve").with(coordinator).with(csrf())
                .param("version", page.select("#approve input[name=version]").val())).andReturn();
        var after = follow(approved, coordinator);
        assertThat(after.select("#op-status").text()).isEqualTo("Approved");
        assertThat(after.select("#reopen")).hasSize(1);

        var officersView = page(fixture.path(), officer);
        assertThat(officersView.select("#carry-overs a, #due a")).as("no adjusting once approved").isEmpty();
        var frozen = Jsoup.parse(mvc.perform(post(linePath(line("A1.1.1"))).with(officer).with(csrf())
                        .locale(Locale.ENGLISH).param("version", String.valueOf(line("A1.1.1").version()))
                        .param("decision", "EXCLUDED").param("reason", "No money")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(frozen.select(".flash.problem").text()).contains("is approved and frozen");

        var version = after.select("#reopen input[name=version]").val();
        var withoutReason = mvc.perform(post(fixture.path() + "/reopen").with(coordinator).with(csrf())
                .param("version", version).param("reason", " ")).andReturn();
        assertThat(follow(withoutReason, coordinator).select(".flash.problem").text())
                .contains("Reason: say why the operational plan is reopened.");
        var reopened = mvc.perform(post(fixture.path() + "/reopen").with(coordinator).with(csrf())
                .param("version", version).param("reason", "The ministry cut the budget")).andReturn();
        var open = follow(reopened, coordinator);
        assertThat(open.select("#op-status").text()).isEqualTo("Draft");
        assertThat(open.text()).contains("The ministry cut the budget");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'operational-plan' and entity_id = ?")
                .param(opId()).query(Long.class).single())
                .as("drafted, approved, reopened").isEqualTo(3);
    }

    private void decideBoth() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var risks = line("A1.1.2");
        var hotline = line("A1.1.3");
        editing.decide(fixture.plan.id(), 2017, risks.id(), risks.version(),
                LineCommand.accept("The assessment team was formed only in November", LocalDate.of(2017, 6, 30),
                        new java.math.BigDecimal("3500")));
        editing.decide(fixture.plan.id(), 2017, hotline.id(), hotline.version(),
                LineCommand.decline("The hotline moved to the national helpline"));
    }

    @Test
    void whoeverReadsThePlanReadsItsOperationalPlansTheOfficerDraftsAndTheCoordinatorApproves() throws Exception {
        drafted();
        var focalPoint = TestSignIn.as(TestSignIn.user("focal", fixture.police, Role.FOCAL_POINT));
        for (var reader : List.of(focalPoint, TestSignIn.as(Role.MEMBER), TestSignIn.as(Role.EVALUATOR), coordinator)) {
            var page = page(fixture.path(), reader);
            assertThat(page.select("#due tbody tr")).hasSize(2);
            assertThat(page.select("#carry-overs a")).as("only the officer decides").isEmpty();
            mvc.perform(get(fixture.path() + "/download.xlsx").with(reader)).andExpect(status().isOk());
        }
        assertThat(page("/plans/" + fixture.plan.id() + "/operational-plans", focalPoint).select("#operational-plan-years form")).isEmpty();
        mvc.perform(post("/plans/" + fixture.plan.id() + "/operational-plans").param("year", "2018").with(focalPoint)
                .with(csrf())).andExpect(status().isForbidden());
        var risks = line("A1.1.2");
        mvc.perform(post(linePath(risks)).with(coordinator).with(csrf()).param("version", "0")
                .param("decision", "DECLINED").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post(fixture.path() + "/approve").with(officer).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get(linePath(risks)).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
        mvc.perform(get(fixture.path()).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.anonymous())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theWordAndExcelFilesHoldTheYearsActivitiesAndTheCarryOversWithTheirReasons() throws Exception {
        drafted();
        decideBoth();
        var word = Download.of(mvc.perform(get(fixture.path() + "/download.docx").with(TestSignIn.as(Role.MEMBER))
                .locale(Locale.ENGLISH)).andExpect(status().isOk()).andReturn());
        assertThat(word.fileName()).isEqualTo("Operational-plan-2017.docx");
        try (var document = new XWPFDocument(new ByteArrayInputStream(word.content()));
                var extractor = new XWPFWordExtractor(document)) {
            var text = extractor.getText();
            assertThat(text).contains("Annual operational plan 2017").contains("Activities due in 2017")
                    .contains("Train border officers in identification").contains("Officers trained: 120 persons")
                    .contains("Carried over from 2016").contains("Assess the risks at border crossings")
                    .contains("The assessment team was formed only in November")
                    .contains("The hotline moved to the national helpline")
                    .doesNotContain("Write prosecution guidelines");
        }
        var albanian = Download.of(mvc.perform(get(fixture.path() + "/download.docx").with(officer)
                .locale(Locale.forLanguageTag("sq"))).andExpect(status().isOk()).andReturn());
        assertThat(albanian.fileName()).isEqualTo("Plani-operacional-2017.docx");

        var pdf = Download.of(mvc.perform(get(fixture.path() + "/download.pdf").with(officer)).andExpect(status().isOk())
                .andReturn());
        assertThat(new String(pdf.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var excel = Download.of(mvc.perform(get(fixture.path() + "/download.xlsx").with(officer).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn()).xlsxRows();
        assertThat(excel.get(0)).contains("Kind", "Decision", "Code", "New end date", "Reason");
        assertThat(excel).hasSize(5);
        var carried = excel.stream().filter(row -> row.contains("A1.1.2")).findFirst().orElseThrow();
        assertThat(carried).contains("Carry-over", "Carried over", "The assessment team was formed only in November", 3500.0);
        assertThat(excel.stream().filter(row -> row.contains("A1.1.1")).findFirst().orElseThrow())
                .contains("Due this year", "Included", 12000.0, "EUR");
    }

    @Test
    void theYearsReportsFollowTheApprovedOperationalPlan() throws Exception {
        drafted();
        decideBoth();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var tree = plans.tree(fixture.plan.id());
        var q1 = new PeriodView(0, fixture.plan.id(), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 3, 31),
                LocalDate.of(2017, 4, 15), "2017-Q1");
        assertThat(reportStatuses.expects(tree, fixture.shelter, q1))
                .as("a draft decides nothing yet: the shelter's unfinished campaign is still reported on").isTrue();
        TestSignIn.onThisThread(Role.COORDINATOR);
        int version = operationalPlans.get(fixture.plan.id(), 2017).version();
        editing.approve(fixture.plan.id(), 2017, version);
        assertThat(reportStatuses.expects(tree, fixture.shelter, q1))
                .as("not carried over: the shelter has nothing to report in 2017").isFalse();
        assertThat(reportStatuses.expects(tree, fixture.police, q1)).isTrue();
        assertThat(operationalPlans.get(fixture.plan.id(), 2017).status()).isEqualTo(OperationalPlanStatus.APPROVED);
    }
}
