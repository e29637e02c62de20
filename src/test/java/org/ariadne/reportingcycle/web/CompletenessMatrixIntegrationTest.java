package org.ariadne.reportingcycle.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.web.ReminderFakes;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Last year's reporting as the office sees it on 1 November: the police submitted every quarter by the deadline
 * (the first accepted, the second returned, the third waiting for review); the shelter submitted the first quarter
 * five days late and nothing since. Reports are put in these states through the workflow, on the days they happened.
 */
@AriadneIntegrationTest
@Import(ReminderFakes.class)
@TestPropertySource(properties = "ariadne.reporting.mail-enabled=true")
class CompletenessMatrixIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    Completeness completeness;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ReminderFakes.SettableClock clock;

    int year = LocalDate.now().getYear() - 1;
    ReportingFixture plan;
    Map<String, PeriodView> quarters;
    String shelterFocalPoint;

    @BeforeEach
    void reportingOfLastYear() {
        clock.set(LocalDate.of(year, 10, 1));
        plan = new ReportingFixture(editing, institutions, schedules);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        quarters = new java.util.HashMap<>();
        schedules.periods(plan.planId).forEach(period -> quarters.put(period.label().substring(5), period));
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        shelterFocalPoint = Unique.username("shelter");
        accounts.create(new UserCommand(shelterFocalPoint, "Arta Krasniqi", shelterFocalPoint + "@shelter.example",
                plan.shelter, Set.of(Role.FOCAL_POINT), null, true, "Correct-Horse-Battery-1"));

        submit("Q1", plan.police, LocalDate.of(year, 4, 10));
        review("Q1", plan.police, true);
        submit("Q1", plan.shelter, LocalDate.of(year, 4, 20));
        submit("Q2", plan.police, LocalDate.of(year, 7, 10));
        review("Q2", plan.police, false);
        submit("Q3", plan.police, LocalDate.of(year, 10, 10));
        clock.set(LocalDate.of(year, 11, 1));
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestSignIn.clear();
    }

    @Test
    void whenNobodyReportedInTheLatestPeriodsThePageOpensOnTheLatestWithReportsAndSaysSo() throws Exception {
        // a year on, reporting has stopped: the four latest quarters hold nothing but red cells
        clock.set(LocalDate.of(year + 1, 11, 1));
        schedules.openPeriods();

        var page = page("/reporting/plans/" + plan.planId + "/completeness");

        // the latest four periods up to it: the plan starts in the first of them
        assertThat(page.select("thead th[data-period]").eachAttr("data-period"))
                .containsExactly(year + "-Q1", year + "-Q2", year + "-Q3");
        assertThat(page.select("#latest-with-reports").text()).contains("after " + year + "-Q3");
        assertThat(states(page, plan.police)).contains("accepted", "returned", "submitted-on-time");
        // all periods, asked for, are all there, and nothing needs saying
        var all = page("/reporting/plans/" + plan.planId + "/completeness?periods=all");
        assertThat(all.select("thead th[data-period]").eachAttr("data-period")).last().isNotEqualTo(year + "-Q3");
        assertThat(all.select("#latest-with-reports")).isEmpty();
    }

    @Test
    void eachCellShowsWhereTheReportIsAndTheRatesCountOnlyReportsDue() throws Exception {
        var page = page("/reporting/plans/" + plan.planId + "/completeness?periods=all");

        assertThat(states(page, plan.police)).containsExactly("accepted", "returned", "submitted-on-time", "open");
        assertThat(states(page, plan.shelter)).containsExactly("submitted-late", "missing", "missing", "open");
        assertThat(rates(page, "tbody tr[data-institution=" + plan.police + "]")).containsExactly("100 %", "100 %");
        assertThat(rates(page, "tbody tr[data-institution=" + plan.shelter + "]")).containsExactly("33 %", "0 %");
        // per period: reported, and on time
        assertThat(page.select("tfoot td[data-period] [data-rate=submitted]").eachText())
                .containsExactly("100 %", "50 %", "50 %");
        assertThat(page.select("tfoot td[data-period] [data-rate=on-time]").eachText())
                .containsExactly("50 % on time", "50 % on time", "50 % on time");
        assertThat(page.select("tfoot td[data-period=" + year + "-Q4]").text()).isEqualTo("—");
        assertThat(page.select("[data-figure=rate]").text()).isEqualTo("67 %");
        assertThat(page.select("[data-figure=on-time]").text()).isEqualTo("50 %");
        assertThat(page.select("[data-figure=overdue]").text()).isEqualTo("2");
        // each cell opens the report of its institution and period
        assertThat(page.select("tr[data-institution=" + plan.shelter + "] td[data-period=" + year + "-Q2] a").attr("href"))
                .isEqualTo("/reporting/" + quarters.get("Q2").id() + "/institutions/" + plan.shelter);
        assertThat(page.select("#legend li")).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void thePageCountsLikeTheServiceWhenNothingIsFilteredOut() throws Exception {
        page("/reporting/plans/" + plan.planId + "/completeness?periods=all");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var matrix = completeness.matrix(plan.planId);

        var table = CompletenessTable.of(matrix, institutions.directory(), new CompletenessQuery("all", null),
                LocalDate.of(year, 11, 1));

        assertThat(table.overall()).isEqualTo(matrix.overall());
        assertThat(table.periodRates()).isEqualTo(matrix.periodRates());
        assertThat(table.lines()).extracting(CompletenessTable.Line::rate)
                .containsExactlyElementsOf(matrix.rows().stream().map(Completeness.Row::rate).toList());
    }

    @Test
    void theFiltersNarrowThePeriodsAndTheInstitutionsAndTheRatesFollow() throws Exception {
        var police = page("/reporting/plans/" + plan.planId + "/completeness?periods=all&type=POLICE");

        assertThat(police.select("tbody tr[data-institution]")).hasSize(1);
        assertThat(police.select("[data-figure=rate]").text()).isEqualTo("100 %");
        assertThat(police.select("[data-figure=overdue]").text()).isEqualTo("0");

        var unknownFilters = page("/reporting/plans/" + plan.planId + "/completeness?periods=lots&type=SPACESHIP");
        assertThat(unknownFilters.select("tbody tr[data-institution]")).hasSize(2);
        assertThat(unknownFilters.select("thead th[data-period]")).hasSize(4);
    }

    @Test
    void theOverdueListNamesTheFocalPointsToContact() throws Exception {
        var page = page("/reporting/plans/" + plan.planId + "/overdue");

        var rows = page.select("#overdue-list tbody tr");
        assertThat(rows.eachAttr("data-period")).containsExactly(year + "-Q2", year + "-Q3");
        assertThat(rows.select("[data-days]").eachText()).containsExactly("109", "17");
        assertThat(rows.get(0).text()).contains("Arta Krasniqi", shelterFocalPoint + "@shelter.example");
        assertThat(rows.get(0).select("a[href^=/reporting/]").attr("href"))
                .isEqualTo("/reporting/" + quarters.get("Q2").id() + "/institutions/" + plan.shelter);

        var csv = mvc.perform(get("/reporting/plans/" + plan.planId + "/overdue.csv").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .contains(year + "-Q2", year + "-07-15", "109", "Arta Krasniqi", shelterFocalPoint + "@shelter.example",
                        "/reporting/" + quarters.get("Q2").id() + "/institutions/" + plan.shelter);
    }

    @Test
    void theOverdueListAsExcelHasTheDeadlineAsADateAndTheDaysAsANumber() throws Exception {
        var file = Download.of(mvc.perform(get("/reporting/plans/" + plan.planId + "/overdue.xlsx")
                .with(TestSignIn.as(Role.EVALUATOR))).andExpect(status().isOk()).andReturn());

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).endsWith("-overdue-reports-" + year + "-11-01.xlsx").startsWith("Reporting-plan-");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Institution", "Period", "Deadline", "Days overdue", "Report",
                "Focal points", "E-mail addresses", "Link to the report");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith(shelterName(), year + "-Q2", LocalDate.of(year, 7, 15).atStartOfDay(), 109.0,
                "Nothing saved yet", "Arta Krasniqi", shelterFocalPoint + "@shelter.example");
        assertThat(rows.get(1).get(7).toString())
                .endsWith("/reporting/" + quarters.get("Q2").id() + "/institutions/" + plan.shelter);
    }

    @Test
    void theOverdueDownloadsFollowTheTypeFilterAsThePageDoes() throws Exception {
        var page = page("/reporting/plans/" + plan.planId + "/overdue?type=POLICE");
        assertThat(page.select("#overdue-list")).isEmpty();

        for (var format : List.of("csv", "xlsx")) {
            var police = Download.of(mvc.perform(get("/reporting/plans/" + plan.planId + "/overdue." + format)
                    .param("type", "POLICE").with(TestSignIn.as(Role.COORDINATOR))).andReturn());
            int rows = format.equals("csv") ? police.csvRows().size() : police.xlsxRows().size();
            assertThat(rows).as("only the header in the " + format).isEqualTo(1);
        }
        var shelter = page("/reporting/plans/" + plan.planId + "/overdue?type=SHELTER_NGO");
        assertThat(shelter.select("#download-xlsx").attr("href")).isEqualTo(
                "/reporting/plans/" + plan.planId + "/overdue.xlsx?type=SHELTER_NGO");
        assertThat(shelter.select("#download-csv").attr("href")).isEqualTo(
                "/reporting/plans/" + plan.planId + "/overdue.csv?type=SHELTER_NGO");
    }

    @Test
    void anInstitutionNamedLikeAFormulaStaysTextInBothOverdueFiles() throws Exception {
        var formula = "=HYPERLINK(\"http://x\",\"y\") " + Unique.name("shelter");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var shelter = institutions.get(plan.shelter);
        institutions.update(plan.shelter, shelter.version(), InstitutionCommand.named(formula, shelter.type()));
        TestSignIn.clear();

        var csv = Download.of(mvc.perform(get("/reporting/plans/" + plan.planId + "/overdue.csv")
                .with(TestSignIn.as(Role.ME_OFFICER))).andReturn());
        assertThat(csv.hasByteOrderMark()).isTrue();
        assertThat(csv.csvRows().get(1).get(0)).isEqualTo("'" + formula);
        var xlsx = Download.of(mvc.perform(get("/reporting/plans/" + plan.planId + "/overdue.xlsx")
                .with(TestSignIn.as(Role.ME_OFFICER))).andReturn());
        try (var workbook = xlsx.workbook()) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(formula);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private String shelterName() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return institutions.get(plan.shelter).name();
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theDownloadsHoldTheMatrixWithItsRates() throws Exception {
        var csv = mvc.perform(get("/reporting/plans/" + plan.planId + "/completeness.csv?periods=all")
                        .with(TestSignIn.as(Role.EVALUATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines.get(0)).contains(year + "-Q1", year + "-Q4", "Reporting rate (%)");
        assertThat(lines).filteredOn(line -> line.contains("Accepted"))
                .singleElement().asString().contains("Returned", "Submitted on time", "Open", "100,100");
        assertThat(lines).last().asString().startsWith("All institutions").endsWith("6,4,3,67,50");

        var xlsx = mvc.perform(get("/reporting/plans/" + plan.planId + "/completeness.xlsx?periods=all")
                        .with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(sheet.getRow(0).getCell(2))).isEqualTo(year + "-Q1");
            var cells = List.of(sheet.getRow(1), sheet.getRow(2)).stream()
                    .map(row -> formatter.formatCellValue(row.getCell(2))).toList();
            assertThat(cells).containsExactlyInAnyOrder("Accepted", "Submitted late");
        }
    }

    private Document page(String url) throws Exception {
        var html = mvc.perform(get(url).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static List<String> states(Document page, long institution) {
        return page.select("tbody tr[data-institution=" + institution + "] td[data-state]").eachAttr("data-state");
    }

    private static List<String> rates(Document page, String row) {
        return page.select(row + " td[data-rate]").eachText();
    }

    /** The institution's focal point fills in every activity and submits, on that day. */
    private void submit(String quarter, long institution, LocalDate day) {
        clock.set(day);
        var period = quarters.get(quarter).id();
        var focal = TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        var activities = institution == plan.police ? List.of(plan.training, plan.operations) : List.of(plan.beds);
        for (var activity : activities) {
            reports.saveActivity(period, institution, activity, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, "Done as planned", null, List.of()));
        }
        reports.submit(period, institution, reports.sheet(period, institution).reportVersion());
        TestSignIn.clear();
    }

    /** The M&E officer accepts the report or returns it with a comment. */
    private void review(String quarter, long institution, boolean accept) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var period = quarters.get(quarter).id();
        var version = reports.sheet(period, institution).reportVersion();
        if (accept) {
            reports.accept(period, institution, version);
        } else {
            reports.returnForChanges(period, institution, version, "Say how many officers were trained", Map.of());
        }
        TestSignIn.clear();
    }
}
