package org.ariadne.reporting.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tables of the reporting home downloaded as CSV and Excel: the reports waiting for review (the office and
 * evaluators) and a focal point's own institution's reports, with the rows the page shows to the same people.
 */
@AriadneIntegrationTest
class ReportHomeDownloadIntegrationTest extends ReportPageSupport {

    @Autowired
    ProgressReports reports;
    @Autowired
    Plans plans;

    /** The police submit the report of the last period that ended, as their focal point. */
    private LocalDateTime policeSubmit() {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(policeFocalPoint,
                null, policeFocalPoint.getAuthorities()));
        try {
            for (var activity : List.of(plan.training, plan.operations)) {
                reports.saveActivity(period.id(), plan.police, activity, 0,
                        new ActivityEntryCommand(ActivityStatus.STARTED, "Done what was planned", null, List.of()));
            }
            var before = LocalDateTime.now().withNano(0);
            reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
            return before;
        } finally {
            TestSignIn.clear();
        }
    }

    private String name(long institution) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return institutions.get(institution).name();
        } finally {
            TestSignIn.clear();
        }
    }

    private String planTitle() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return plans.header(plan.planId).title();
        } finally {
            TestSignIn.clear();
        }
    }

    private Download download(SignedInUser user, String url) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn());
    }

    private String waiting(String format) {
        return "/reporting/plans/" + plan.planId + "/waiting." + format;
    }

    private String own(String format) {
        return "/reporting/plans/" + plan.planId + "/own-reports." + format;
    }

    @Test
    void theReportsWaitingForReviewAsExcelWithTheirDatesTyped() throws Exception {
        var submittedFrom = policeSubmit();

        var file = download(person(Role.COORDINATOR), waiting("xlsx"));

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).isEqualTo(FileNames.of(planTitle()) + "-reports-waiting-for-review-"
                + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Institution", "Period", "Deadline", "First submitted",
                "Submitted late", "Link to the report");
        assertThat(rows).hasSize(2);
        var report = rows.get(1);
        assertThat(report.subList(0, 3)).containsExactly(name(plan.police), period.label(),
                period.deadline().atStartOfDay());
        assertThat((LocalDateTime) report.get(3)).isAfterOrEqualTo(submittedFrom.withSecond(0));
        assertThat(report.get(4)).isEqualTo(LocalDate.now().isAfter(period.deadline()) ? "Yes" : "No");
        assertThat(report.get(5).toString()).endsWith(policePage());
    }

    @Test
    void theReportsWaitingForReviewAsCsvAreUtf8WithAByteOrderMarkInTheReadersLanguage() throws Exception {
        policeSubmit();

        var file = download(person(Role.EVALUATOR), waiting("csv") + "?lang=sq");

        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).endsWith("-raporte-qe-presin-shqyrtim-" + LocalDate.now() + ".csv");
        assertThat(file.hasByteOrderMark()).isTrue();
        var rows = file.csvRows();
        assertThat(rows.get(0)).startsWith("Institucioni", "Periudha", "Afati");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).subList(0, 3)).containsExactly(name(plan.police), period.label(),
                period.deadline().toString());
    }

    @Test
    void aFocalPointDownloadsOnlyTheirOwnInstitutionsReports() throws Exception {
        policeSubmit();

        var police = download(policeFocalPoint, own("xlsx"));
        assertThat(police.fileName()).isEqualTo(FileNames.of(planTitle(), name(plan.police), "reports",
                LocalDate.now().toString()) + ".xlsx");
        var rows = police.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Period", "Starts", "Ends", "Deadline", "State", "Link to the report");
        assertThat(rows).anySatisfy(row -> assertThat(row.subList(0, 4)).containsExactly(period.label(),
                period.startsOn().atStartOfDay(), period.endsOn().atStartOfDay(), period.deadline().atStartOfDay()));
        assertThat(rows.subList(1, rows.size())).allSatisfy(row ->
                assertThat(row.get(5).toString()).endsWith("/institutions/" + plan.police));
        var submitted = rows.stream().filter(row -> period.label().equals(row.get(0))).findFirst().orElseThrow();
        assertThat(submitted.get(4).toString()).startsWith("Submitted");

        var shelter = download(focalPoint(plan.shelter), own("csv")).csvRows();
        assertThat(shelter).hasSize(rows.size());
        assertThat(shelter.subList(1, shelter.size())).allSatisfy(row ->
                assertThat(row.get(5)).endsWith("/institutions/" + plan.shelter));
    }

    @Test
    void anInstitutionNamedLikeAFormulaStaysTextInBothFiles() throws Exception {
        var formula = "=HYPERLINK(\"http://x\",\"y\") " + Unique.name("police");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var police = institutions.get(plan.police);
        institutions.update(plan.police, police.version(), InstitutionCommand.named(formula, police.type()));
        TestSignIn.clear();
        policeSubmit();

        var csv = download(person(Role.ME_OFFICER), waiting("csv")).csvRows();
        assertThat(csv.get(1).get(0)).isEqualTo("'" + formula);
        try (var workbook = download(person(Role.ME_OFFICER), waiting("xlsx")).workbook()) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(formula);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theHomePageOffersEachTableItsTwoDownloads() throws Exception {
        policeSubmit();

        var office = read(person(Role.COORDINATOR), "/reporting").select(".downloads a").eachAttr("href");
        assertThat(office).contains(waiting("csv"), waiting("xlsx")).noneMatch(href -> href.contains("own-reports"));

        var focal = read(policeFocalPoint, "/reporting").select(".downloads a").eachAttr("href");
        assertThat(focal).contains(own("csv"), own("xlsx")).noneMatch(href -> href.contains("waiting"));
    }

    @Test
    void whoDoesNotSeeATableOnTheHomePageCannotDownloadIt() throws Exception {
        var forbidden = List.of(
                new Refusal(policeFocalPoint, waiting("csv")), new Refusal(policeFocalPoint, waiting("xlsx")),
                new Refusal(person(Role.MEMBER), waiting("xlsx")), new Refusal(person(Role.MEMBER), own("csv")),
                new Refusal(person(Role.ME_OFFICER), own("xlsx")),
                new Refusal(person(Role.FOCAL_POINT), own("csv")));
        for (var refusal : forbidden) {
            mvc.perform(get(refusal.url()).with(TestSignIn.as(refusal.user()))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aPlanThatCollectsNoReportsHasNoTablesToDownload() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var quiet = editing.createPlan(new PlanCommand(Unique.name("No reporting"), null, null, null, 2030, 2032,
                PlanStatus.DRAFT));
        TestSignIn.clear();

        mvc.perform(get("/reporting/plans/" + quiet + "/waiting.csv").with(TestSignIn.as(person(Role.ME_OFFICER))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/plans/" + quiet + "/own-reports.xlsx").with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isNotFound());
    }

    private record Refusal(SignedInUser user, String url) {
    }
}
