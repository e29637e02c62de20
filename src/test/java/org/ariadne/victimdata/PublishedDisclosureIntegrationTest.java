package org.ariadne.victimdata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ariadne.documents.GeneratedDocuments;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What leaves the system is protected whoever takes it out (issue 14): the coordinator reads the victim register's
 * figures exact, yet the annual report the coordinator generates (read by members, evaluators, the government) and
 * the year's figures the coordinator publishes on the portal show a register-linked indicator's small accepted count
 * (3 persons: 2 women, 1 man; baseline 0, target 10) as a member would see it: the mark with its legend, and the
 * objective's and plan's achievement without it (50 %, not the exact 45 % that gives 30 % of 10 back). An ordinary
 * indicator's count (7 trainings) stays, and the coordinator's own dashboard stays exact.
 */
@AriadneIntegrationTest
class PublishedDisclosureIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    RegisterIndicators indicators;
    @Autowired
    GeneratedDocuments documents;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCoordinatorsAnnualReportAndPublishedFiguresShowTheRegisterCountAsAMemberSeesIt() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int thisYear = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        long police = kit.institution(Unique.name("Published disclosure Police"), InstitutionType.POLICE);
        var plan = kit.build(aPlan().named(Unique.name("Published disclosure plan")).running(thisYear - 1, thisYear + 1)
                .status(PlanStatus.ADOPTED)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Victims identified")
                .withActivity(anActivity("A1.1.1", "Identify victims").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Victims identified and published").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX).target("10")))
                .withActivity(anActivity("A1.1.2", "Train the police").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Police trainings published").reported(Frequency.QUARTERLY))));
        long linked = plan.indicator("Victims identified and published");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var period = lastEndedPeriod(plan.id());
        indicators.link(new RegisterIndicatorCommand(linked, RegisterMeasure.IDENTIFIED, true, false));
        TestSignIn.clear();

        // the focal point reports 3 persons (2 women, 1 man) and 7 trainings, both activities started; accepted
        var focal = TestSignIn.userOf(null, Unique.username("focal-published"), police, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        send(focal, post(report + "/indicators/" + linked + "/" + period.startsOn()).param("revision", "0")
                .param("total", "3").param("note", "").param("parts[SEX=FEMALE].amount", "2")
                .param("parts[SEX=MALE].amount", "1"));
        send(focal, post(report + "/indicators/" + plan.indicator("Police trainings published") + "/"
                + period.startsOn()).param("revision", "0").param("total", "7").param("note", ""));
        for (var code : List.of("A1.1.1", "A1.1.2")) {
            send(focal, post(report + "/activities/" + plan.element(code)).param("revision", "0")
                    .param("status", "STARTED").param("narrative", "Under way").param("problems", "")
                    .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                    .param("spending[0].amount", ""));
        }
        var version = page(focal, get(report)).selectFirst("#submit-form input[name=version]").val();
        send(focal, post(report + "/submit").param("confirmed", "true").param("version", version));
        var coordinator = TestSignIn.userOf(null, Unique.username("coordinator-published"), null, Role.COORDINATOR);
        send(coordinator, post(report + "/accept").param("version",
                page(coordinator, get(report)).selectFirst(".accept-form input[name=version]").val()));

        // the coordinator's own dashboard: exact (A1.1.1 (50 + 30) / 2 = 40 %, A1.1.2 50 %, SO 1 45 %)
        int year = period.endsOn().getYear();
        var dashboard = "/plans/" + plan.id() + "/dashboard?year=" + year;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                page(coordinator, get(dashboard)).selectFirst("#objectives tr[data-objective=SO 1] td.number").text())
                .contains("45"));

        // the annual report the coordinator generates: as a member reads it
        var location = mvc.perform(post("/plans/{id}/documents", plan.id()).with(TestSignIn.as(coordinator))
                        .with(csrf()).param("kind", "annual-report").param("year", String.valueOf(year))
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long documentId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        TestSignIn.onThisThread(Role.COORDINATOR);
        try {
            Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60))
                    .until(() -> documents.find(documentId), document -> document.status().done());
        } finally {
            TestSignIn.clear();
        }
        var docx = mvc.perform(get("/documents/{id}/download.docx", documentId).with(TestSignIn.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var linkedRow = rowOf(word, "Victims identified and published");
            assertThat(linkedRow).as("the register's indicator").contains("[c]").doesNotContain("3");
            assertThat(rowOf(word, "Police trainings published")).as("the ordinary indicator").contains("7")
                    .doesNotContain("[c]");
            assertThat(rowOf(word, "SO 1 | Identification |")).as("SO 1 without the suppressed indicator").contains("50")
                    .doesNotContain("45");
            var text = word.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("[c] not published: fewer than 5 persons").doesNotContain("45");
        }

        // the year's figures the coordinator publishes: the portal and the published API
        var preview = page(coordinator, get("/plans/" + plan.id() + "/publication/preview?kind=FIGURES&year=" + year));
        var form = preview.selectFirst("#publish-form");
        assertThat(form).as("the publish form").isNotNull();
        var publish = post(form.attr("action")).with(csrf()).with(TestSignIn.as(coordinator));
        for (var input : form.select("input[type=hidden]")) {
            publish.param(input.attr("name"), input.val());
        }
        mvc.perform(publish).andExpect(status().is3xxRedirection());

        var portal = Jsoup.parse(mvc.perform(get("/portal/plans/" + plan.id() + "?year=" + year))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var objectives = portal.selectFirst("table[data-table=objectives]");
        assertThat(objectives).as("the objectives among %s", portal.select("table").eachAttr("data-table")).isNotNull();
        assertThat(objectives.text()).contains("50").doesNotContain("45");
        var breakdown = portal.selectFirst("table[data-table=indicator-" + linked + "-sex]");
        if (breakdown != null) {
            assertThat(breakdown.select("tbody td:not([data-suppressed])").eachText())
                    .as("no count of the register's indicator").doesNotContain("1", "2", "3");
        }
        assertThat(portal.select("table[data-table=off-track] tbody tr").stream()
                .filter(row -> row.text().contains("Victims identified and published"))
                .flatMap(row -> row.select("td:not([data-suppressed])").eachText().stream()))
                .as("the register's indicator among those behind").doesNotContain("3", "30%", "30 %");

        // the published API, read with a member's read token
        var member = TestSignIn.userOf(null, Unique.username("member-published"), null, Role.MEMBER);
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(
                member.getAuthorities());
        authorities.add(new org.springframework.security.core.authority.SimpleGrantedAuthority("SCOPE_read"));
        var json = mvc.perform(get("/api/v1/published/plans/" + plan.id() + "/figures?year=" + year).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(new org.springframework.security.authentication
                                        .UsernamePasswordAuthenticationToken(member, null, authorities))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(JsonPath.<Number>read(json, "$.overall.percent").doubleValue()).as("the plan's achievement")
                .isEqualTo(50.0);
        assertThat(JsonPath.<List<Map<String, Object>>>read(json, "$.tables[?(@.name == 'objectives')].rows[*]")
                .toString()).doesNotContain("45");

        // exact readers still read exact figures on their own pages
        assertThat(page(coordinator, get(dashboard)).selectFirst("#objectives tr[data-objective=SO 1] td.number")
                .text()).contains("45");
    }

    /** The text of the first table row of the document naming {@code label}. */
    private static String rowOf(XWPFDocument word, String label) {
        return word.getTables().stream().flatMap(table -> table.getRows().stream())
                .map(PublishedDisclosureIntegrationTest::text).filter(text -> text.contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row naming " + label + " in "
                        + word.getTables().stream().map(XWPFTable::getText).toList()));
    }

    private static String text(XWPFTableRow row) {
        return String.join(" | ", row.getTableCells().stream().map(cell -> cell.getText()).toList());
    }

    private PeriodView lastEndedPeriod(long planId) {
        var today = LocalDate.now();
        return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                .reduce((first, second) -> second).orElseThrow();
    }

    private void send(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestSignIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private Document page(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
