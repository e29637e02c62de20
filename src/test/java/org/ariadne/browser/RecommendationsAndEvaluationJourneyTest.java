package org.ariadne.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.evaluations.EvaluationCommand;
import org.ariadne.evaluations.EvaluationStatus;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.evaluations.TeamCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "done when", in a real browser: the M&E officer imports a GRETA round from a workbook, links two of its
 * recommendations to plan activities and answers the third with an activity proposed for next year's operational
 * plan; the evaluator, inside her access window, rates the plan's effectiveness with evidence and adds a
 * recommendation, which reaches the tracker; the coordinator records the management response to it; the tracker
 * shows all four with their status; the report to the government is generated, downloaded and holds them; once the
 * officer has closed the evaluator's window, the evaluation answers her 403.
 */
class RecommendationsAndEvaluationJourneyTest extends BrowserTest {

    private static final String PASSWORD = "recommendations-journey-Passw0rd";
    private static final String FIRST = "Strengthen the proactive identification of victims among irregular migrants.";
    private static final String SECOND = "Ensure that every identified victim is informed of the recovery period.";
    private static final String THIRD = "Train labour inspectors to detect trafficking for labour exploitation.";
    private static final String FROM_EVALUATION = "Keep a trainers' pool so that police training continues after the plan.";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;
    @Autowired
    Evaluations evaluations;
    @Autowired
    org.ariadne.institutions.Institutions institutions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String account(Role role) {
        var username = Unique.username(role.name().toLowerCase(Locale.ROOT).replace("_", ""));
        // an evaluator's account always ends (the security module requires it); her evaluation's window is shorter
        var accountEnds = role == Role.EVALUATOR ? LocalDate.now().plusYears(1) : null;
        accounts.createAtStartUp(new UserCommand(username, "Journey " + username, null, null, Set.of(role), accountEnds,
                true, PASSWORD));
        return username;
    }

    @Test
    void aGretaRoundAndAnEvaluationAreFollowedUpAndReportedToTheGovernment() throws IOException {
        int year = LocalDate.now().getYear();
        var police = kit.institution("Border Police", InstitutionType.POLICE);
        var inspectorate = kit.institution("Labour Inspectorate", InstitutionType.MINISTRY);
        var plan = kit.build(aPlan().named(Unique.name("Recommendations journey plan")).running(year - 1, year + 2)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Proactive identification")
                .withActivity(anActivity("A1.1.1", "Joint screening at the border").ledBy(police))
                .withActivity(anActivity("A1.1.2", "Information leaflets for victims").ledBy(police)));
        var officer = account(Role.ME_OFFICER);
        var coordinator = account(Role.COORDINATOR);
        var evaluator = account(Role.EVALUATOR);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        // the names as the directory holds them, as the office's workbook writes them
        var policeName = institutions.directory().nameOf(police);
        var inspectorateName = institutions.directory().nameOf(inspectorate);
        long evaluation = evaluations.create(EvaluationCommand.empty(plan.id()).withTitle("Mid-term evaluation (journey)"));
        evaluations.moveTo(evaluation, 0, EvaluationStatus.IN_PROGRESS);
        long member = evaluations.assign(evaluation, new TeamCommand(evaluator, LocalDate.now().minusDays(7),
                LocalDate.now().plusMonths(2)));
        TestSignIn.clear();

        // the officer imports the GRETA round from the workbook the office keeps
        signIn(officer, PASSWORD);
        page.navigate(url("/recommendations/import"));
        page.locator("#import-file").setInputFiles(gretaRound(policeName, inspectorateName));
        page.locator("#upload-import").click();
        assertThat(page.locator("#import-rows tbody tr")).hasCount(3);
        page.locator("#import-plan").selectOption(String.valueOf(plan.id()));
        page.locator("#import-kind").selectOption("GRETA");
        page.locator("#import-name").fill("GRETA third round (journey)");
        page.locator("#import-round").fill("third");
        page.locator("#import-year").fill(String.valueOf(year));
        page.locator("#confirm-import").click();
        assertThat(page.locator(".flash.notice")).isVisible();

        // two recommendations answered by plan activities, the third by an activity proposed for next year
        openInTracker(plan.id(), FIRST);
        page.locator("#activityId").selectOption(String.valueOf(plan.element("A1.1.1")));
        page.locator("#link-activity").click();
        assertThat(page.locator("main")).containsText("A1.1.1");
        openInTracker(plan.id(), SECOND);
        page.locator("#activityId").selectOption(String.valueOf(plan.element("A1.1.2")));
        page.locator("#link-activity").click();
        assertThat(page.locator("main")).containsText("A1.1.2");
        openInTracker(plan.id(), THIRD);
        page.locator("#proposal-title").fill("Train labour inspectors on indicators of forced labour");
        page.locator("#proposal-institution").selectOption(String.valueOf(inspectorate));
        page.locator("#proposal-year").selectOption(String.valueOf(year + 1));
        page.locator("#propose-activity").click();
        assertThat(page.locator("#proposed-activities")).containsText("Train labour inspectors on indicators");

        // the evaluator, inside her window, rates effectiveness with evidence and recommends
        context.clearCookies();
        signIn(evaluator, PASSWORD);
        page.navigate(url("/evaluations/" + evaluation));
        page.locator("#rate-effectiveness").click();
        page.locator("#judgement").fill("Screening at the border was held as planned and found victims.");
        page.locator("#rating-SATISFACTORY").check();
        if (page.locator("#evidence-activity").getAttribute("open") == null) {
            page.locator("#evidence-activity summary").click();
        }
        page.locator("#ev-activity-" + plan.element("A1.1.1")).check();
        page.locator("#save-criterion").click();
        assertThat(page.locator("#criterion-effectiveness")).containsText("Satisfactory");
        assertThat(page.locator("#criterion-effectiveness")).containsText("A1.1.1");
        page.locator("#add-recommendation").click();
        page.locator("#text").fill(FROM_EVALUATION);
        page.locator("#criterion").selectOption("EFFECTIVENESS");
        page.locator("#priority").selectOption("HIGH");
        page.locator("#save-recommendation").click();
        assertThat(page.locator("#recommendation-table")).containsText(FROM_EVALUATION);

        // the coordinator records the management response to the evaluation's recommendation, in the tracker
        context.clearCookies();
        signIn(coordinator, PASSWORD);
        openInTracker(plan.id(), FROM_EVALUATION);
        page.locator("#record-response").click();
        page.locator("#decision-ACCEPTED").check();
        page.locator("#action").fill("The police academy keeps a pool of certified trainers.");
        page.locator("#ownerId").selectOption(String.valueOf(police));
        page.locator("#deadline").fill(LocalDate.now().plusMonths(6).toString());
        page.locator("#save-response").click();
        assertThat(page.locator("#response-decision")).hasAttribute("data-decision", "ACCEPTED");

        // the tracker shows the four recommendations, each with its status
        page.navigate(url("/recommendations?plan=" + plan.id()));
        var rows = page.locator("tr[data-recommendation]");
        assertThat(rows).hasCount(4);
        for (var text : new String[] {FIRST, SECOND, THIRD, FROM_EVALUATION}) {
            var row = rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text.substring(0, 40)));
            assertThat(row).hasCount(1);
            assertThat(row.locator("td.status")).not().isEmpty();
            assertThat(row.locator("td.status")).hasAttribute("data-status",
                    java.util.regex.Pattern.compile("NOT_ADDRESSED|PARTLY|FULLY|NO_LONGER_RELEVANT"));
        }

        // the report to the government is generated in the background and holds them
        page.navigate(url("/plans/" + plan.id() + "/documents"));
        var form = page.locator("#generate-government");
        form.locator("#government-year").selectOption(String.valueOf(year));
        form.locator("#government-language").selectOption("en");
        form.getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator("#download-docx")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        var docx = page.waitForDownload(() -> page.locator("#download-docx").click());
        assertThat(docx.suggestedFilename()).isEqualTo("government-report-" + year + "-en.docx");
        var text = wordText(Files.readAllBytes(docx.path()));
        assertThat(text).contains(FIRST, SECOND, THIRD, FROM_EVALUATION, "GRETA third round (journey)",
                "Mid-term evaluation (journey)", "The police academy keeps a pool of certified trainers.");

        // the officer closes the evaluator's window: the evaluation answers her 403 from then on
        page.navigate(url("/evaluations/" + evaluation));
        assertThat(page.locator("#evaluation-status")).isVisible();
        context.clearCookies();
        signIn(officer, PASSWORD);
        page.navigate(url("/evaluations/" + evaluation));
        page.locator("#edit-window-" + member).click();
        page.locator("#accessFrom").fill(LocalDate.now().minusDays(30).toString());
        page.locator("#accessUntil").fill(LocalDate.now().minusDays(1).toString());
        page.locator("#save-team").click();
        assertThat(page.locator("#member-" + member)).isVisible();
        context.clearCookies();
        signIn(evaluator, PASSWORD);
        var closed = page.navigate(url("/evaluations/" + evaluation));
        assertThat(closed.status()).isEqualTo(403);
        assertThat(page.navigate(url("/evaluations/" + evaluation + "/criteria/effectiveness")).status()).isEqualTo(403);
    }

    /** Opens the recommendation whose text starts so, from the plan's tracker. */
    private void openInTracker(long planId, String text) {
        page.navigate(url("/recommendations?plan=" + planId));
        page.locator("tr[data-recommendation]")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(text.substring(0, 40)))
                .locator("a").first().click();
        assertThat(page.locator("#text-en")).containsText(text);
    }

    /** The round as the office keeps it: a title row, then the table, institutions by name. */
    private Path gretaRound(String directory, String inspectors) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("GRETA");
            sheet.createRow(0).createCell(0).setCellValue("GRETA third evaluation round: recommendations");
            var header = sheet.createRow(2);
            String[] headings = {"No.", "Recommendation", "Priority", "Addressed to"};
            for (int i = 0; i < headings.length; i++) {
                header.createCell(i).setCellValue(headings[i]);
            }
            String[][] rows = {{"§ 101", FIRST, "high", directory}, {"§ 115", SECOND, "medium", directory},
                    {"§ 162", THIRD, "high", inspectors}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            var file = Files.createTempFile("greta-round", ".xlsx");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    /** Every paragraph and table cell of a Word document, in order. */
    private static String wordText(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText().lines().map(String::strip).collect(Collectors.joining("\n"));
        }
    }
}
