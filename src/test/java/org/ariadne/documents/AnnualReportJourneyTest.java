package org.ariadne.documents;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The year's end in a real browser: the M&amp;E officer rates the activities, checks the dashboard's chart against
 * the table it was drawn from, generates the annual report and downloads it as Word and PDF; the coordinator
 * publishes it from its preview; a visitor who never signs in finds it on the portal, byte for byte the PDF the
 * officer downloaded, and reaches nothing that was not published.
 */
class AnnualReportJourneyTest extends BrowserTest {

    private static final String PASSWORD = "annual-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanEditing editing;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Institutions institutions;

    int year;
    long planId;
    long unpublishedPlanId;
    long police;
    long training;
    long beds;
    long campaign;
    String planTitle;

    @Test
    void fromTheRatingsToTheAnnualReportOnThePortal() throws Exception {
        buildPlan();
        var officer = account(Role.ME_OFFICER, "Journey Officer");
        var coordinator = account(Role.COORDINATOR, "Journey Coordinator");

        // the officer rates the second half-year: the training needs a revision, the beds are on track
        signIn(officer, PASSWORD);
        page.navigate(url("/plans/" + planId + "/review?half=" + year + "-H2"));
        var trainingRow = page.locator("#a-" + training);
        trainingRow.getByLabel("3 Experiencing difficulties, needs revision").check();
        trainingRow.getByLabel("Comments").fill("Two of the three trainers left");
        trainingRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save rating")).click();
        assertThat(trainingRow.locator(".flash.notice")).hasText("Rating saved.");
        trainingRow.getByText("Add a corrective action (optional)").click();
        trainingRow.getByLabel("What will be done").fill("Hire two trainers from the police academy");
        trainingRow.getByLabel("Owner institution").selectOption(String.valueOf(police));
        trainingRow.getByLabel("Due date").fill(LocalDate.now().plusMonths(2).toString());
        trainingRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add corrective action")).click();
        assertThat(trainingRow.locator(".review-action-list")).containsText("Hire two trainers from the police academy");
        var bedsRow = page.locator("#a-" + beds);
        bedsRow.getByLabel("1 On track").check();
        bedsRow.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save rating")).click();
        assertThat(bedsRow.locator(".flash.notice")).hasText("Rating saved.");

        // the dashboard: each chart is drawn from the figures of the table under it, at one scale
        page.navigate(url("/plans/" + planId + "/dashboard?year=" + year));
        assertChartDrawsItsTable("statuses");
        assertChartDrawsItsTable("ratings");
        assertThat(page.locator("table[data-chart=ratings]")).containsText("SO 1");
        shot(page, "annual-dashboard");

        // the annual report, from the plan page; made in the background while the page shows the progress
        page.navigate(url("/plans/" + planId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports (annual, quarterly, to the government)")).click();
        // the form of the plan's own reports (the report to the government has a form of its own below it)
        var generate = page.locator("#generate");
        generate.getByLabel("Annual implementation report").check();
        generate.getByLabel("Year").selectOption(String.valueOf(year));
        generate.getByLabel("Language of the report").selectOption("en");
        generate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Generate")).click();
        assertThat(page.locator("h1")).containsText("Annual implementation report " + year);
        assertThat(page.locator("#download-docx")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        shot(page, "annual-report-finished");

        var docx = page.waitForDownload(() -> page.locator("#download-docx").click());
        assertThat(docx.suggestedFilename()).isEqualTo("annual-report-" + year + "-en.docx");
        try (var word = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(docx.path())))) {
            var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
            assertThat(text).contains("Training of police officers", "Shelter beds", "Awareness campaign",
                    "Hire two trainers from the police academy", "Two of the three trainers left");
        }
        var pdfDownload = page.waitForDownload(() -> page.locator("#download-pdf").click());
        var pdf = Files.readAllBytes(pdfDownload.path());
        assertThat(DocumentsIntegrationTest.pdfText(pdf)).contains(DocumentsIntegrationTest.squeezed(
                "Training of police officers", "Shelter beds", "Awareness campaign", "Revise activity A1.1.1"));

        // the coordinator publishes it from the preview of exactly what becomes public
        var coordinatorContext = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        var desk = coordinatorContext.newPage();
        var previousPage = page;
        page = desk;
        signIn(coordinator, PASSWORD);
        page = previousPage;
        desk.navigate(url("/plans/" + planId + "/publication"));
        desk.locator("#documents").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Preview")).click();
        assertThat(desk.locator(".preview-banner")).containsText("Preview — not public yet");
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(desk.locator(".flash.notice")).hasText("Published. It is on the public portal now.");
        coordinatorContext.close();

        // a visitor without an account: the published report, and nothing else
        var visitorContext = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setAcceptDownloads(true));
        var visitor = visitorContext.newPage();
        visitor.navigate(url("/portal"));
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(planTitle)).click();
        assertThat(visitor.locator("#report-list")).containsText("Annual implementation report " + year);
        shot(visitor, "annual-report-portal");
        var published = visitor.waitForDownload(() -> visitor.locator("#report-list a").first().click());
        assertThat(Files.readAllBytes(published.path())).isEqualTo(pdf);

        visitor.navigate(url("/portal"));
        assertThat(visitor.locator("main")).not().containsText("Unpublished plan");
        var response = visitor.navigate(url("/portal/plans/" + unpublishedPlanId));
        assertThat(response.status()).isEqualTo(404);
        assertThat(visitor.locator("#portal-not-found")).isVisible();
        var documentId = docx.url().replaceAll(".*/documents/(\\d+)/.*", "$1");
        visitor.navigate(url("/documents/" + documentId + "/download.pdf"));
        assertThat(visitor.url()).contains("/login");
        visitor.navigate(url("/plans/" + planId + "/documents"));
        assertThat(visitor.url()).contains("/login");
        visitorContext.close();
    }

    /**
     * Without JavaScript: the form is a plain form, the report's page reloads itself while the report is being made,
     * and the downloads appear once it is finished.
     */
    @Test
    void aQuarterlySummaryIsGeneratedAndDownloadedWithoutJavaScript() throws Exception {
        buildPlan();
        var officer = account(Role.ME_OFFICER, "Officer Without Scripts");
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB")
                .setAcceptDownloads(true));
        page = context.newPage();

        signIn(officer, PASSWORD);
        page.navigate(url("/plans/" + planId + "/documents"));
        var quarterly = page.locator("#generate");
        quarterly.getByLabel("Quarterly summary", new Locator.GetByLabelOptions().setExact(true)).check();
        quarterly.getByLabel("Year").selectOption(String.valueOf(year));
        quarterly.getByLabel("Quarter (quarterly summary only)").selectOption("3");
        quarterly.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Generate")).click();

        assertThat(page.locator("h1")).containsText("Quarterly summary Q3 " + year);
        assertThat(page.locator("#download-pdf")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        var pdf = page.waitForDownload(() -> page.locator("#download-pdf").click());
        assertThat(pdf.suggestedFilename()).isEqualTo("quarterly-summary-" + year + "-q3-en.pdf");
        assertThat(DocumentsIntegrationTest.pdfText(Files.readAllBytes(pdf.path())))
                .contains(DocumentsIntegrationTest.squeezed("Training of police officers", "Shelter beds"));
        page.navigate(url("/plans/" + planId + "/documents"));
        assertThat(page.locator("#document-list tbody tr")).hasCount(1);
        assertThat(page.locator("#document-list")).containsText("Finished");
    }

    /**
     * The bars of a chart against the table under it: as many bars as non-zero figures, and every bar's length
     * divided by its figure the same, so that no bar is drawn from anything but the table.
     */
    private void assertChartDrawsItsTable(String chart) {
        @SuppressWarnings("unchecked")
        var bars = (List<Map<String, Object>>) page.evaluate("name => [...document.querySelectorAll("
                + "`#chart-${name} svg rect[clip-path]`)].filter(r => r.getAttribute('fill') !== 'rgb(255,255,255)')"
                + ".map(r => ({w: parseFloat(r.getAttribute('width')), h: parseFloat(r.getAttribute('height'))}))",
                chart);
        @SuppressWarnings("unchecked")
        var cells = (List<String>) page.evaluate("name => [...document.querySelectorAll("
                + "`table[data-chart=${name}] tbody td`)].map(td => td.textContent.trim())", chart);
        var figures = cells.stream().map(cell -> new BigDecimal(cell.replace(",", "")))
                .filter(value -> value.signum() != 0).sorted().toList();
        assertThat(bars).as("bars of " + chart).hasSameSizeAs(figures).isNotEmpty();
        boolean horizontal = bars.stream().map(bar -> ((Number) bar.get("h")).doubleValue()).distinct().count() == 1;
        var lengths = new ArrayList<Double>(bars.stream()
                .map(bar -> ((Number) bar.get(horizontal ? "w" : "h")).doubleValue()).sorted(Comparator.naturalOrder())
                .toList());
        double scale = lengths.get(0) / figures.get(0).doubleValue();
        for (int i = 0; i < lengths.size(); i++) {
            assertThat(lengths.get(i) / figures.get(i).doubleValue()).as("scale of bar %d of %s", i, chart)
                    .isCloseTo(scale, within(scale * 0.02));
        }
    }

    private void buildPlan() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            year = LocalDate.now().getYear() - 1;
            police = testPlans.institution("Police", InstitutionType.POLICE);
            var shelter = testPlans.institution("Shelter", InstitutionType.NGO);
            var ministry = testPlans.institution("Ministry", InstitutionType.MINISTRY);
            var plan = testPlans.build(aPlan().named("National action plan").running(year - 1, year + 1)
                    .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                    .withSpecificObjective("SO 1.1", "Identification and assistance")
                    .withActivity(anActivity("A1.1.1", "Training of police officers").ledBy(police)
                            .running(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                            .budget(year, FundingSourceKind.STATE_BUDGET, police, "12000", "12000"))
                    .withActivity(anActivity("A1.1.2", "Shelter beds").ledBy(shelter))
                    .withStrategicObjective("SO 2", "Prevention", ThematicArea.PREVENTION)
                    .withSpecificObjective("SO 2.1", "Campaigns")
                    .withActivity(anActivity("A2.1.1", "Awareness campaign").ledBy(ministry)));
            planId = plan.id();
            planTitle = plan.title();
            training = plan.element("A1.1.1");
            beds = plan.element("A1.1.2");
            campaign = plan.element("A2.1.1");
            editing.recordStatus(training, ActivityStatus.STARTED);
            editing.recordStatus(beds, ActivityStatus.COMPLETED);
            unpublishedPlanId = testPlans.build(aPlan().named("Unpublished plan").running(year, year + 2)).id();
        } finally {
            TestSignIn.clear();
        }
    }

    private String account(Role role, String name) {
        var username = Unique.username(role.name().toLowerCase().replace('_', '-'));
        accounts.createAtStartUp(new UserCommand(username, name, null, null, Set.of(role), null, true, PASSWORD));
        return username;
    }

    private static void shot(Page page, String name) throws Exception {
        var shots = Path.of("target", "browser-screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shots.resolve(name + ".png")));
    }
}
