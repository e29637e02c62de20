package org.ariadne.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.ariadne.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The M&E officer's first day: a messy plan workbook comes in, the preview says what is wrong, the officer fixes the
 * file, imports it, looks at what makes the plan unmeasurable, exports it and brings the export back unchanged.
 */
class PlanWorkbookJourneyTest extends BrowserTest {

    private static final String PASSWORD = "journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    Institutions institutions;
    @Autowired
    Plans plans;

    @Test
    void officerImportsAMessyWorkbookFixesItChecksTheAuditAndRoundTripsTheExport() throws Exception {
        var username = Unique.username("journey");
        accounts.createAtStartUp(new UserCommand(username, "Journey Officer", null, null, Set.of(Role.ME_OFFICER), null,
                true, PASSWORD));
        var police = Unique.name("Kosovo Police");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE));
        TestSignIn.clear();
        var title = Unique.name("Action plan 2016-2019");
        var messy = file("messy.xlsx", plan(police, true));
        var fixed = file("fixed.xlsx", plan(police, false));

        signIn(username, PASSWORD);
        page.navigate(url("/plans/import"));
        page.getByLabel("Title of the new plan").fill(title);
        page.getByLabel("Workbook").setInputFiles(messy);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

        // the preview names every problem by row and column, and nothing can be imported yet
        var problems = page.locator("#problems tbody tr.problem-error");
        assertThat(problems).hasCount(3);
        assertThat(problems.nth(0)).containsText("(to be completed by ONATC)");
        assertThat(problems.nth(0).locator("td").nth(1)).hasText("Baseline");
        assertThat(problems.nth(1)).containsText("formula");
        // a name the directory does not know is never created without the officer saying so
        assertThat(problems.nth(2)).containsText("Ministria e Drejtësisë");
        assertThat(page.locator("#confirm-import")).isDisabled();

        page.getByLabel("Workbook").setInputFiles(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.locator("[data-count=errors]")).hasText("1");
        assertThat(page.locator("#unknown-institutions")).containsText("Ministria e Drejtësisë");
        page.locator("#unknown-institutions input[value=create]").first().check();
        page.locator("#apply-institutions").click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        page.locator("#confirm-import").click();
        page.waitForURL(url -> url.matches(".*/plans/\\d+$"));
        assertThat(page.locator(".flash.notice")).containsText("Import finished");
        var planPath = page.url().substring(page.url().indexOf("/plans/"));

        assertThat(page.locator("body")).containsText("Information campaign in schools");

        // the quality audit counts what makes the plan unmeasurable
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality audit")).click();
        assertThat(page.locator("body")).containsText("1 of 2 indicators has no baseline");

        // export, then bring the export back: nothing changes
        page.navigate(url(planPath));
        var download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export workbook")).click());
        var exported = download.path();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import into this plan")).click();
        page.getByLabel("Workbook").setInputFiles(exported);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        assertThat(page.locator("[data-count=new]")).hasText("0");
        assertThat(page.locator("[data-count=changed]")).hasText("0");
        assertThat(page.locator("body")).containsText("identical to the plan");
        page.locator("#confirm-import").click();
        assertThat(page.locator(".flash.notice")).containsText("0 elements added, 0 changed, 0 deleted");
    }

    /**
     * The plan as an office keeps it: a cover and an instructions sheet, a merged title row, a blank row, the matrix
     * headers of seed 002 plus a column Ariadne does not know, objectives as merged rows, several indicators in one
     * cell, a misspelt ministry, a totals row and "Prepared by" under the table.
     */
    @Test
    void officerImportsAnOfficesWorkbookMapsItsUnknownColumnPicksTheSuggestedInstitutionAndRoundTripsIt()
            throws Exception {
        var username = Unique.username("mapping");
        accounts.createAtStartUp(new UserCommand(username, "Mapping Officer", null, null, Set.of(Role.ME_OFFICER), null,
                true, PASSWORD));
        var s = Unique.name("").strip();
        var police = "Kosovo Police " + s;
        var ministry = "Ministry of Internal Affairs " + s;
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var policeId = institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE));
        var ministryId = institutions.create(InstitutionCommand.named(ministry, InstitutionType.MINISTRY));
        TestSignIn.clear();
        var keeper = "Kujdestari i të dhënave " + s;
        var file = file("NAP 2016-2019.xlsx", officesWorkbook(s, police, "Ministy of Internl Afairs " + s, keeper));

        signIn(username, PASSWORD);
        page.navigate(url("/plans/import"));
        page.getByLabel("Title of the new plan").fill(Unique.name("Action plan 2016-2019"));
        page.getByLabel("Workbook").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

        // the plan is found on its sheet under the title rows; the unknown column is asked about, with its first value
        assertThat(page.locator("#preview-sheet")).containsText("Action plan");
        var question = page.locator("#column-mapping tbody tr");
        assertThat(question).hasCount(1);
        assertThat(question).containsText(keeper);
        assertThat(question).containsText("Arta Berisha");
        assertThat(page.locator("#problems")).containsText("The column “" + keeper + "” is not part of the plan");

        page.getByLabel("What the column “" + keeper + "” is").selectOption("RESPONSIBLE_PERSON");
        page.locator("#apply-columns").click();
        assertThat(page.locator("#problems")).containsText("The column “" + keeper
                + "” is read as Responsible person, as you chose.");
        assertThat(page.locator("#problems")).not().containsText("The column “" + keeper + "” is not part of the plan");
        // the plan period is written as years, not as numbers with thousands separators
        assertThat(page.locator("#problems")).containsText("the plan period 2016–2019 is taken from it");

        // the misspelt ministry waits for the officer, with the likely one suggested
        var unknown = page.locator("#unknown-institutions tbody tr").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("Ministy of Internl Afairs"));
        assertThat(unknown).containsText("Closest known: " + ministry);
        assertThat(page.locator("#confirm-import")).isDisabled();
        unknown.getByLabel("It is the same as").first().check();
        unknown.locator("select[name$=institutionId]").selectOption(String.valueOf(ministryId));
        page.locator("#apply-institutions").click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        // the column choice is kept while the institutions are decided
        assertThat(page.locator("#column-mapping select")).hasValue("RESPONSIBLE_PERSON");

        // every note names its sheet and its cell
        var notes = page.locator("#problems tbody tr");
        assertThat(notes.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Total")))
                .containsText("Action plan");
        for (var text : notes.allInnerTexts()) {
            org.assertj.core.api.Assertions.assertThat(text).as("a note without its sheet").contains("Action plan");
            org.assertj.core.api.Assertions.assertThat(text).as("a note without its cell").containsPattern("\\b[A-Z]+\\d+\\b");
        }
        assertThat(page.locator("#problems")).containsText("2 indicators");

        page.locator("#confirm-import").click();
        page.waitForURL(url -> url.matches(".*/plans/\\d+$"));
        assertThat(page.locator(".flash.notice")).containsText("Import finished");
        assertThat(page.locator("body")).containsText("Training of police officers on identification");
        var planPath = page.url().substring(page.url().indexOf("/plans/"));
        long planId = Long.parseLong(planPath.substring("/plans/".length()));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var tree = plans.tree(planId);
        TestSignIn.clear();
        org.assertj.core.api.Assertions.assertThat(tree.objectives()).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(tree.activities().count()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThat(tree.indicators().count()).isEqualTo(5);
        org.assertj.core.api.Assertions.assertThat(tree.activities().map(a -> a.responsiblePerson()).toList())
                .containsExactly("Arta Berisha", "Arta Berisha", "Driton Gashi");
        org.assertj.core.api.Assertions.assertThat(tree.activities().map(a -> a.leadInstitutionId()).toList())
                .containsExactly(ministryId, ministryId, policeId);

        // export, then bring the export back: identical
        page.navigate(url(planPath));
        var download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export workbook")).click());
        var exported = download.path();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import into this plan")).click();
        page.getByLabel("Workbook").setInputFiles(exported);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        assertThat(page.locator("[data-count=new]")).hasText("0");
        assertThat(page.locator("[data-count=changed]")).hasText("0");
        assertThat(page.locator("body")).containsText("identical to the plan");
    }

    /**
     * The preview with its own choices (the sheet, the column step, the institutions) passes axe-core in English and
     * Albanian and does not scroll sideways on a 390 px phone. The context bypasses the Content-Security-Policy only
     * so that axe can inject its script, as in {@code MainPagesAccessibilityBrowserTest}.
     */
    @Test
    void theImportPreviewWithItsSheetAndColumnStepsPassesAxeAndFitsA390PixelScreen() throws Exception {
        var username = Unique.username("preview");
        accounts.createAtStartUp(new UserCommand(username, "Preview Officer", null, null, Set.of(Role.ME_OFFICER), null,
                true, PASSWORD));
        var s = Unique.name("").strip();
        var content = officesWorkbook(s, "Kosovo Police " + s, "Ministy of Internl Afairs " + s,
                "Kujdestari i të dhënave " + s, true);
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true)
                .setViewportSize(390, 844).setLocale("en-GB"));
        page = context.newPage();
        signIn(username, PASSWORD);
        page.navigate(url("/plans/import"));
        page.getByLabel("Title of the new plan").fill(Unique.name("Preview check"));
        page.getByLabel("Workbook").setInputFiles(file("plan.xlsx", content));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        page.waitForURL(url -> url.contains("/imports/"));
        var preview = page.url().substring(page.url().indexOf("/imports/"));
        assertThat(page.locator("#sheet option")).hasCount(2);
        assertThat(page.locator("#column-mapping tbody tr")).hasCount(1);

        for (var language : java.util.List.of("en", "sq")) {
            page.navigate(url("/login?lang=" + language));
            page.navigate(url(preview));
            assertThat(page.locator("#column-mapping")).isVisible();
            var violations = new com.deque.html.axecore.playwright.AxeBuilder(page).setLegacyMode(true).analyze()
                    .getViolations().stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).toList()).toList();
            org.assertj.core.api.Assertions.assertThat(violations).as("axe-core on the preview, " + language).isEmpty();
            var fits = (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
            org.assertj.core.api.Assertions.assertThat(fits).as("the preview fits 390 px, " + language).isTrue();
        }
    }

    private static byte[] officesWorkbook(String s, String police, String misspeltMinistry, String keeper)
            throws Exception {
        return officesWorkbook(s, police, misspeltMinistry, keeper, false);
    }

    private static byte[] officesWorkbook(String s, String police, String misspeltMinistry, String keeper,
            boolean withLastYearsSheet) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var cover = book.createSheet("Cover");
            cover.createRow(0).createCell(0).setCellValue("Republic of Kosovo");
            cover.createRow(1).createCell(0).setCellValue("National Action Plan against Trafficking 2016-2019");
            var help = book.createSheet("Udhëzime");
            help.createRow(0).createCell(0).setCellValue("Shkruani një aktivitet për rresht");
            var sheet = book.createSheet("Action plan");
            var rows = new Object[][] {
                    {"ACTION PLAN 2016-2019 " + s},
                    {},
                    {"No.", "Activity", "Responsible institution", "Partners", "Timeline", "Indicators", "Budget (EUR)",
                            "Source of funding", keeper},
                    {"STRATEGIC OBJECTIVE 1: Prevention of trafficking in human beings"},
                    {"Specific objective 1.1: Awareness, education and information"},
                    {"1.1.1.", "Awareness campaign in schools", misspeltMinistry, police, "2016-2017",
                            "Number of students reached\nNumber of schools visited", 15000, "State budget",
                            "Arta Berisha"},
                    {"1.1.2.", "Study on children on the move", misspeltMinistry, null, "2017", "Study published",
                            "within regular budget", null, "Arta Berisha"},
                    {"STRATEGIC OBJECTIVE 2: Identification and protection of victims"},
                    {"Specific objective 2.1: Identification of victims"},
                    {"2.1.1.", "Training of police officers on identification", police, null, "2018-Q2",
                            "1) Officers trained 2) Cases referred", 10000, "Donors", "Driton Gashi"},
                    {"Total", null, null, null, null, null, 25000},
                    {},
                    {"Prepared by: ONATC, March 2016"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    var value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
                if (rows[r].length == 1 && r != rows.length - 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 8));
                }
            }
            if (withLastYearsSheet) {
                // last year's plan left in the same workbook: a second sheet that could hold the plan
                book.cloneSheet(2, "Action plan 2015");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plan(String police, boolean withMistakes) {
        var book = new Workbooks()
                .row("Code", "Title", "Thematic area", "Indicator", "Unit", "Baseline", "Baseline year", "Target",
                        "Target year", "Lead institution", "Start", "End", "Budget", "Funding source")
                .row("SO 1", "Prevention of trafficking", "Prevention")
                .row("SO 1.1", "Awareness raising")
                .row("A1.1.1", "Information campaign in schools", null, "Students reached", "persons",
                        withMistakes ? "(to be completed by ONATC)" : "1 250", 2015, "5.000", 2019, police,
                        LocalDate.of(2016, 3, 1), "2016-Q4", "15.000,50", "State budget")
                .row(null, null, null, "Schools visited", "schools", null, null, 60, 2019)
                .merge(4, 5, 0).merge(4, 5, 1)
                .row("A1.1.2", "Round tables with prosecutors", null, null, null, null, null, null, null,
                        "Ministria e Drejtësisë", "vazhdimisht", null,
                        withMistakes ? new Workbooks.Formula("SUM(1,2)") : 3000, "State budget");
        return book.xlsx();
    }

    private static Path file(String name, byte[] content) throws Exception {
        var path = Files.createTempDirectory("ariadne-journey").resolve(name);
        Files.write(path, content);
        return path;
    }
}
