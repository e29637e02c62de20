package org.ariadne.review.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The ratings table of the half-year review downloaded as CSV and Excel by those who read the review. */
@AriadneIntegrationTest
class ReviewDownloadIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ReviewEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    Plans plans;

    ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String download(String format) {
        return "/plans/" + fixture.plan.planId + "/review." + format + "?half=" + fixture.half.label();
    }

    private Download file(String url, Role role) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn());
    }

    /** The police report the half-year's last ended period and submit it: training has started, operations done. */
    private void policeSubmit() {
        var focal = TestSignIn.user(Unique.username("focal"), fixture.plan.police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        var period = fixture.period.id();
        reports.saveActivity(period, fixture.plan.police, fixture.plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Forty officers trained", null, List.of()));
        reports.saveActivity(period, fixture.plan.police, fixture.plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, "Two joint operations", null, List.of()));
        reports.submit(period, fixture.plan.police, reports.sheet(period, fixture.plan.police).reportVersion());
        TestSignIn.clear();
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
            return plans.header(fixture.plan.planId).title();
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theRatingsOfTheHalfYearAsExcelARowPerActivity() throws Exception {
        var plan = fixture.plan;
        fixture.rate(plan.training, 1, null);
        fixture.rate(plan.operations, 2, null);
        fixture.action(plan.operations, "A second joint operation", plan.police, LocalDate.now().plusMonths(1));
        fixture.rate(plan.beds, 3, null);

        var file = file(download("xlsx"), Role.MEMBER);

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).isEqualTo(planTitle().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-half-year-review-"
                + fixture.half.label() + "-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Strategic objective", "Specific objective", "Activity number",
                "Activity", "Lead institution", "Reported in the half-year", "Achievement (%)", "Why not measured",
                "Rating", "Comments", "Rated by", "Rated on", "Approved", "Corrective actions", "Still open",
                "Recommendation", "Status set in the review", "Status reported");
        assertThat(rows).hasSize(4);
        var training = rows.get(1);
        assertThat(training.subList(0, 5)).containsExactly("SO 1", "SO 1.1", "A1.1.1", "Training of police officers",
                name(plan.police));
        assertThat(training.subList(8, 11)).containsExactly("1 On track", "Rated 1", "me_officer");
        assertThat(training.get(11)).isInstanceOf(LocalDateTime.class);
        assertThat(training.subList(12, 15)).containsExactly("No", 0.0, 0.0);
        assertThat(rows.get(2).subList(8, 15)).containsExactly("2 Difficulties encountered, but can be handled",
                "Rated 2", "me_officer", rows.get(2).get(11), "No", 1.0, 1.0);
        assertThat(rows.get(3).get(8)).isEqualTo("3 Experiencing difficulties, needs revision");
        assertThat(rows.get(3).subList(13, 15)).containsExactly(0.0, 0.0);
    }

    @Test
    void theCsvFollowsTheHalfYearAndTheChoiceOfReportsLikeTheScreen() throws Exception {
        fixture.rate(fixture.plan.training, 1, null);
        policeSubmit();

        var accepted = file(download("csv"), Role.ME_OFFICER);
        assertThat(accepted.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(accepted.hasByteOrderMark()).isTrue();
        assertThat(accepted.csvRows().get(1).get(5)).as("only accepted reports count by default").isEmpty();

        var submitted = file(download("csv") + "&submitted=true", Role.ME_OFFICER).csvRows();
        assertThat(submitted.get(1).get(5)).isEqualTo(fixture.period.label() + ": 3 Has started (Submitted)");
        assertThat(submitted.get(2).get(5)).isEqualTo(fixture.period.label() + ": 4 Completed (Submitted)");

        var member = file(download("csv") + "&submitted=true", Role.MEMBER).csvRows();
        assertThat(member.get(1).get(5)).as("a member never counts unaccepted reports, on screen or in a file").isEmpty();

        var earlier = file("/plans/" + fixture.plan.planId + "/review.csv?half=" + fixture.half.previous().label(),
                Role.COORDINATOR);
        assertThat(earlier.fileName()).contains("-half-year-review-" + fixture.half.previous().label() + "-");
        assertThat(earlier.csvRows().get(1).get(8)).isEqualTo("not rated yet");
    }

    @Test
    void commentsTypedLikeAFormulaStayTextInBothFiles() throws Exception {
        var formula = "=HYPERLINK(\"http://x\",\"y\")";
        TestSignIn.onThisThread(Role.ME_OFFICER);
        editing.rate(fixture.plan.planId, fixture.plan.training, fixture.half, null, new RatingCommand(1, formula));
        TestSignIn.clear();

        assertThat(file(download("csv"), Role.EVALUATOR).csvRows().get(1).get(9)).isEqualTo("'" + formula);
        try (var workbook = file(download("xlsx"), Role.EVALUATOR).workbook()) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(9);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(formula);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theScreenOffersBothDownloadsForWhatItShows() throws Exception {
        var html = mvc.perform(get("/plans/" + fixture.plan.planId + "/review?half=" + fixture.half.label()
                        + "&submitted=true").with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);

        assertThat(page.select("#download-csv").attr("href")).isEqualTo(download("csv") + "&submitted=true");
        assertThat(page.select("#download-xlsx").attr("href")).isEqualTo(download("xlsx") + "&submitted=true");
    }

    @Test
    void aFocalPointReadsNoReviewAndGetsNoDownload() throws Exception {
        var focal = TestSignIn.user(Unique.username("focal"), fixture.plan.police, Role.FOCAL_POINT);
        for (var format : List.of("csv", "xlsx")) {
            mvc.perform(get(download(format)).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
        }
        mvc.perform(get(fixture.reviewPage()).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
    }
}
