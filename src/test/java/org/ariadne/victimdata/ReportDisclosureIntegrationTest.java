package org.ariadne.victimdata;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanEditing;
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
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An accepted report holding a small count of an indicator computed from the victim register (3 persons: 2 women,
 * 1 man; baseline 0, target 10) and a count of an ordinary indicator (2 trainings). A National Authority member, who
 * reads accepted reports but the register's figures only protected, sees the register's count as the mark with its
 * legend on the report page, in the report's workbook and through the API, and the ordinary count as reported; the
 * coordinator sees both exact. The member's plan dashboard and the API's plan progress leave the suppressed indicator
 * out of the activity's, objective's and plan's achievement (which would otherwise give 30 % of 10 back), and say so.
 */
@AriadneIntegrationTest
class ReportDisclosureIntegrationTest {

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
    AuditHistory history;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aMemberReadsTheRegisterCountOfAnAcceptedReportOnlyAsTheMarkAndTheCoordinatorReadsIt() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        long police = kit.institution("Report disclosure Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named("Report disclosure plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Victims identified")
                .withActivity(anActivity("A1.1.1", "Identify victims").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Victims identified in the report").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX).target("10")))
                .withActivity(anActivity("A1.1.2", "Train the police").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Police trainings held").reported(Frequency.QUARTERLY))));
        long linked = plan.indicator("Victims identified in the report");
        long plain = plan.indicator("Police trainings held");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var period = lastEndedPeriod(plan.id());
        indicators.link(new RegisterIndicatorCommand(linked, RegisterMeasure.IDENTIFIED, true, false));
        TestSignIn.clear();

        // the focal point types 3 persons (2 women, 1 man) and 2 trainings, both activities started; the office accepts
        var focal = TestSignIn.userOf(null, "focal-report-disclosure", police, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        send(focal, post(report + "/indicators/" + linked + "/" + period.startsOn()).param("revision", "0")
                .param("total", "3").param("note", "3 persons identified in Durrës").param("parts[SEX=FEMALE].amount", "2")
                .param("parts[SEX=MALE].amount", "1"));
        send(focal, post(report + "/indicators/" + plain + "/" + period.startsOn()).param("revision", "0")
                .param("total", "2").param("note", ""));
        for (var code : List.of("A1.1.1", "A1.1.2")) {
            send(focal, post(report + "/activities/" + plan.element(code)).param("revision", "0")
                    .param("status", "STARTED").param("narrative", "Under way").param("problems", "")
                    .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                    .param("spending[0].amount", ""));
        }
        // the institution itself reads what it saved
        assertThat(valueOf(page(focal, get(report)), linked, period)).contains("3");
        var version = page(focal, get(report)).selectFirst("#submit-form input[name=version]").val();
        send(focal, post(report + "/submit").param("confirmed", "true").param("version", version));
        var officer = TestSignIn.userOf(null, "officer-report-disclosure", null, Role.ME_OFFICER);
        send(officer, post(report + "/accept").param("version",
                page(officer, get(report)).selectFirst(".accept-form input[name=version]").val()));

        // people who work across participants: the address guard of issue 19 answers for the reports' addresses
        // once reporting names their owners, and the disclosure rule does not depend on participants
        var member = TestSignIn.userOf(null, "member-report-disclosure", null, Role.MEMBER);
        var coordinator = TestSignIn.userOf(null, "coordinator-report-disclosure", null, Role.COORDINATOR);

        // the report page: the member sees the mark, explained, and the ordinary count; the coordinator both counts
        var seen = page(member, get(report));
        var linkedValue = seen.getElementById("i-" + linked + "-" + period.startsOn());
        assertThat(linkedValue.selectFirst(".value-saved dd").text()).startsWith("[c]");
        assertThat(linkedValue.text()).doesNotContain("3").doesNotContain("Durrës").doesNotContain("Female");
        assertThat(valueOf(seen, plain, period)).isEqualTo("2");
        assertThat(seen.getElementById("disclosure-legend").text())
                .startsWith("[c] not published: fewer than 5 persons, or hidden so that such a number cannot be"
                        + " worked out from the totals.")
                .contains("computed from the victim register is not shown to you");
        var exact = page(coordinator, get(report));
        assertThat(valueOf(exact, linked, period)).isEqualTo("3");
        assertThat(exact.getElementById("i-" + linked + "-" + period.startsOn()).text()).contains("Female")
                .contains("Durrës");
        assertThat(exact.getElementById("disclosure-legend")).isNull();

        // the value's lines in the audit trail hold the count: an evaluator (who reads the trail of submitted reports,
        // the register's figures only protected) reads them not, the coordinator does
        var evaluator = TestSignIn.userOf(null, "evaluator-report-disclosure", null, Role.EVALUATOR);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long valueId = history.search(new AuditFilter(plan.id(), "report-value", null, null, null, null), 10).stream()
                .filter(entry -> entry.after() != null && "3 persons identified in Durrës".equals(entry.after().get("note")))
                .findFirst().orElseThrow().entityId();
        TestSignIn.clear();
        mvc.perform(get("/audit/history/report-value/" + valueId + ".csv").with(TestSignIn.as(evaluator)))
                .andExpect(status().isNotFound());
        assertThat(download(evaluator, "/audit.csv?planId=" + plan.id())).doesNotContain("Durrës")
                .contains("Police trainings held");
        assertThat(download(coordinator, "/audit/history/report-value/" + valueId + ".csv")).contains("Durrës");

        // the report's workbook
        var memberBook = workbook(member, report + "/workbook.xlsx");
        assertThat(memberBook.rowOf("Victims identified in the report", "[c]")).as("the value's row")
                .contains("[c]").doesNotContain("3", "2", "1", "Durrës");
        assertThat(memberBook.numbers()).doesNotContain(3.0, 1.0).contains(2.0);
        assertThat(memberBook.text()).contains("[c] not published: fewer than 5 persons");
        var exactBook = workbook(coordinator, report + "/workbook.xlsx");
        assertThat(exactBook.numbers()).contains(3.0, 2.0, 1.0);
        assertThat(exactBook.text()).doesNotContain("[c]");

        // the API's report
        var api = "/api/v1/reports/" + period.id() + "/institutions/" + police;
        var memberJson = json(member, api);
        assertThat(JsonPath.<List<Boolean>>read(memberJson, "$.values[?(@.indicatorId == " + linked + ")].suppressed"))
                .containsExactly(true);
        assertThat(JsonPath.<List<java.util.Map<String, Object>>>read(memberJson,
                "$.values[?(@.indicatorId == " + linked + ")]")).singleElement().satisfies(value -> {
                    assertThat(value.get("total")).as("total").isNull();
                    assertThat(value.get("note")).as("note").isNull();
                });
        assertThat(memberJson).doesNotContain("SEX=FEMALE").doesNotContain("Durr");
        assertThat(JsonPath.<List<Number>>read(memberJson, "$.values[?(@.indicatorId == " + plain + ")].total"))
                .singleElement().satisfies(total -> assertThat(total.intValue()).isEqualTo(2));
        var exactJson = json(coordinator, api);
        assertThat(JsonPath.<List<Number>>read(exactJson, "$.values[?(@.indicatorId == " + linked + ")].total"))
                .singleElement().satisfies(total -> assertThat(total.intValue()).isEqualTo(3));
        assertThat(JsonPath.<List<Boolean>>read(exactJson, "$.values[?(@.indicatorId == " + linked + ")].suppressed"))
                .containsExactly(false);
        // the indicator's accepted values, every year's: each one withheld from the member, exact for the coordinator
        var memberValues = json(member, "/api/v1/indicators/" + linked + "/values");
        assertThat(JsonPath.<List<Boolean>>read(memberValues, "$.values[*].suppressed")).isNotEmpty().containsOnly(true);
        assertThat(JsonPath.<List<Object>>read(memberValues, "$.values[*].total")).as("no value carries a total").isEmpty();
        assertThat(JsonPath.<List<Number>>read(json(coordinator, "/api/v1/indicators/" + linked + "/values"),
                "$.values[*].total")).singleElement().satisfies(total -> assertThat(total.intValue()).isEqualTo(3));

        // the roll-ups: exact, A1.1.1 is (50 % started + 30 % of the target) / 2 = 40 %, A1.1.2 50 % (its indicator has
        // no target), SO 1 45 %; 30 % with baseline 0 and target 10 gives 3 back, so the member's figures leave it out
        int shownYear = period.endsOn().getYear();
        var dashboard = "/plans/" + plan.id() + "/dashboard?year=" + shownYear;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                objectiveRow(page(coordinator, get(dashboard)))).contains("45"));
        var exactDashboard = page(coordinator, get(dashboard));
        assertThat(exactDashboard.getElementById("withheld-indicators")).isNull();
        var memberDashboard = page(member, get(dashboard));
        assertThat(objectiveRow(memberDashboard)).contains("50").doesNotContain("45");
        assertThat(memberDashboard.selectFirst("#overall .value").text()).contains("50").doesNotContain("45");
        assertThat(memberDashboard.getElementById("withheld-indicators").text())
                .startsWith("1 indicator computed from the victim register is left out of the progress figures");
        var progress = json(member, "/api/v1/plans/" + plan.id() + "/progress?year=" + shownYear);
        assertThat(JsonPath.<List<Number>>read(progress, "$.elements[?(@.code == 'A1.1.1')].achievement.percent"))
                .singleElement().satisfies(percent -> assertThat(percent.doubleValue()).isEqualTo(50.0));
        assertThat(JsonPath.<List<Number>>read(progress, "$.elements[?(@.code == 'SO 1')].achievement.percent"))
                .singleElement().satisfies(percent -> assertThat(percent.doubleValue()).isEqualTo(50.0));
        assertThat(JsonPath.<List<java.util.Map<String, Object>>>read(progress,
                "$.indicators[?(@.indicatorId == " + linked + ")]")).singleElement()
                .satisfies(indicator -> assertThat(indicator.get("value")).as("value").isNull());
        var exactProgress = json(coordinator, "/api/v1/plans/" + plan.id() + "/progress?year=" + shownYear);
        assertThat(JsonPath.<List<Number>>read(exactProgress, "$.elements[?(@.code == 'A1.1.1')].achievement.percent"))
                .singleElement().satisfies(percent -> assertThat(percent.doubleValue()).isEqualTo(40.0));
    }

    private static String valueOf(Document page, long indicatorId, PeriodView period) {
        var block = page.getElementById("i-" + indicatorId + "-" + period.startsOn());
        var saved = block.selectFirst(".value-saved dd");
        return saved == null ? block.selectFirst("input[name=total]").val() : saved.text();
    }

    private static String objectiveRow(Document dashboard) {
        return dashboard.selectFirst("#objectives tr[data-objective=SO 1] td.number").text();
    }

    private PeriodView lastEndedPeriod(long planId) {
        var today = LocalDate.now();
        return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                .reduce((first, second) -> second).orElseThrow();
    }

    private String download(SignedInUser user, String address) throws Exception {
        return mvc.perform(get(address).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * An API call with the person's read scope, as a read token of theirs gives it (a token belongs to an account, and
     * an account of no participant reads back as one of the home participant, whose reports' addresses the guard of
     * issue 19 refuses until reporting names their owners).
     */
    private String json(SignedInUser user, String address) throws Exception {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_read"));
        return mvc.perform(get(address).with(authentication(
                        new UsernamePasswordAuthenticationToken(user, null, authorities))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void send(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestSignIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private Document page(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private Book workbook(SignedInUser user, String address) throws Exception {
        var content = mvc.perform(get(address).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        var rows = new ArrayList<List<Cell>>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (var row : workbook.getSheetAt(0)) {
                var cells = new ArrayList<Cell>();
                row.forEach(cells::add);
                rows.add(cells);
            }
        }
        return new Book(rows);
    }

    /** The report's sheet as a reader sees it: its text, its numbers, one row. */
    private record Book(List<List<Cell>> rows) {

        String text() {
            var text = new StringBuilder();
            rows.forEach(row -> row.stream().filter(c -> c.getCellType() == CellType.STRING)
                    .forEach(c -> text.append(c.getStringCellValue()).append('\n')));
            return text.toString();
        }

        List<Double> numbers() {
            return rows.stream().flatMap(List::stream).filter(c -> c.getCellType() == CellType.NUMERIC)
                    .map(Cell::getNumericCellValue).toList();
        }

        /** The texts of the first row naming {@code label} that also holds {@code holding}. */
        List<String> rowOf(String label, String holding) {
            return rows.stream().map(row -> row.stream().map(c -> c.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) c.getNumericCellValue()) : c.getCellType() == CellType.STRING
                            ? c.getStringCellValue() : "").filter(s -> !s.isEmpty()).toList())
                    .filter(texts -> texts.contains(label) && texts.contains(holding)).findFirst().orElseThrow();
        }
    }
}
