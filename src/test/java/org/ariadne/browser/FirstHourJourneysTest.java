package org.ariadne.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.publication.Publishing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The first hour of each role of DOMAIN.md, in Albanian, from sign-in to a first finished task (issue 13), on a plan
 * like the demo's ({@link MainPages}): each step is kept as a screenshot in {@code target/journeys/<role>/} for
 * whoever reviews the build. The words the test looks for are the Albanian messages themselves, so a missing
 * translation fails the journey.
 */
class FirstHourJourneysTest extends BrowserTest {

    private static final Locale SQ = Locale.forLanguageTag("sq");

    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReviewEditing reviews;
    @Autowired
    Publishing publishing;
    @Autowired
    UserAccounts accounts;
    @Autowired
    MessageSource messages;

    MainPages fixture;
    Path shots;
    int step;

    @BeforeEach
    void plan() {
        fixture = new MainPages(editing, institutions, schedules, reports, reviews, publishing, accounts);
    }

    private String sq(String key, Object... arguments) {
        return messages.getMessage(key, arguments, SQ);
    }

    /** Signs in on the Albanian sign-in page, as the person would after choosing "shqip". */
    private void signInInAlbanian(MainPages.Who who) {
        shots = Path.of("target", "journeys", who.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        step = 0;
        page.navigate(url("/login?lang=sq"));
        page.getByLabel(sq("login.username")).fill(fixture.usernames.get(who));
        page.getByLabel(sq("login.password")).fill(MainPages.PASSWORD);
        shot("sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("login.submit"))).click();
        page.waitForURL(address -> !address.contains("/login"));
        assertThat(page.locator("html")).hasAttribute("lang", "sq");
        shot("start");
    }

    private void shot(String name) {
        try {
            Files.createDirectories(shots);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(shots.resolve(String.format("%02d-%s.png", ++step, name))));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String reportPath(long institution) {
        return "/reporting/" + fixture.last.id() + "/institutions/" + institution;
    }

    @Test
    void theFocalPointFinishesHerInstitutionsReportAndSubmitsIt() {
        signInInAlbanian(MainPages.Who.FOCAL_POINT);
        // she lands on her reports, the draft of the last quarter first
        page.locator("a[href='" + reportPath(fixture.police) + "']").first().click();
        assertThat(page.locator(".report-status")).hasText(sq("reporting.status.draft"));
        shot("report");
        // the training has its status from last week; the joint operations still need theirs
        var operations = page.locator("#a-" + fixture.operations);
        operations.getByText("4 · " + sq("plan.activity-status.completed")).check();
        assertThat(operations.locator("form.activity-form .save-state"))
                .containsText(sq("reporting.report.saved-at", "").strip());
        shot("statuses");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("reporting.report.submit.button"))).click();
        assertThat(page.locator(".flash.notice")).containsText(sq("reporting.report.submitted"));
        assertThat(page.locator(".report-status")).hasText(sq("reporting.status.submitted"));
        shot("submitted");
    }

    @Test
    void theOfficerAcceptsTheReportWaitingForReview() {
        signInInAlbanian(MainPages.Who.ME_OFFICER);
        // the menu groups its entries: the "Reporting" group holds the reporting page
        page.locator("nav.mainnav summary", new Page.LocatorOptions().setHasText(sq("nav.reporting"))).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sq("nav.reporting")).setExact(true)).click();
        shot("reporting");
        page.locator("a[href='" + reportPath(fixture.shelter) + "']").first().click();
        shot("report");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("reporting.report.review.accept"))).click();
        assertThat(page.locator(".report-status")).hasText(sq("reporting.status.accepted"));
        shot("accepted");
    }

    @Test
    void theCoordinatorReturnsAReportWithAComment() {
        signInInAlbanian(MainPages.Who.COORDINATOR);
        page.navigate(url("/reporting"));
        shot("reporting");
        page.locator("a[href='" + reportPath(fixture.shelter) + "']").first().click();
        page.getByLabel(sq("reporting.report.review.comment")).fill("Ju lutem shtoni numrin e shtretërve të zënë.");
        shot("comment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("reporting.report.review.return"))).click();
        assertThat(page.locator(".report-status")).hasText(sq("reporting.status.returned"));
        shot("returned");
    }

    @Test
    void theAdministratorOpensAnAccountForANewFocalPoint() {
        signInInAlbanian(MainPages.Who.ADMINISTRATOR);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sq("user.new"))).click();
        var username = Unique.username("arta");
        page.getByLabel(sq("user.username")).fill(username);
        page.getByLabel(sq("user.full-name")).fill("Arta Berisha");
        page.getByLabel(sq("role.focal_point")).first().check();
        page.getByLabel(sq("user.institution"), new Page.GetByLabelOptions().setExact(true)).selectOption(String.valueOf(fixture.police));
        page.getByLabel(sq("user.password"), new Page.GetByLabelOptions().setExact(false)).first()
                .fill("Nje fjali e gjate per fjalekalim 2026");
        shot("form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("common.save"))).click();
        assertThat(page.locator(".flash.notice")).containsText(sq("user.saved", "Arta Berisha"));
        shot("saved");
    }

    @Test
    void theMemberReadsTheDashboardAndDownloadsATable() {
        signInInAlbanian(MainPages.Who.MEMBER);
        page.navigate(url("/plans/" + fixture.planId + "/dashboard"));
        assertThat(page.locator("h1")).isVisible();
        shot("dashboard");
        var download = page.waitForDownload(() -> page.locator("a[href*='download=csv']").first().click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".csv");
        shot("downloaded");
    }

    @Test
    void theEvaluatorReadsTheMonitoringMatrixAndTakesItAway() {
        signInInAlbanian(MainPages.Who.EVALUATOR);
        page.navigate(url("/plans/" + fixture.planId + "/matrix"));
        assertThat(page.locator("body")).containsText("A1.1.1");
        shot("matrix");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(sq("plan.matrix.download.xlsx"))).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");
        shot("downloaded");
    }

    @Test
    void theVictimDataOfficerRegistersACaseWithoutAnyNameBeingKept() {
        signInInAlbanian(MainPages.Who.VICTIM_DATA_OFFICER);
        // she lands on the register
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/victim-data/cases$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(sq("victimdata.case.new"))).click();
        page.locator("#identifiedOn").fill(java.time.LocalDate.now().minusDays(3).toString());
        page.locator("#identifyingInstitutionId").selectOption(String.valueOf(fixture.police));
        page.locator("#sex").selectOption("MALE");
        page.locator("#ageAtIdentification").fill("34");
        page.getByLabel(sq("victimdata.status.IDENTIFIED")).check();
        page.getByLabel(sq("victimdata.exploitation.LABOUR")).check();
        page.locator("#firstNames").fill("Agron");
        page.locator("#surnames").fill("Gashi");
        shot("form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(sq("victimdata.case.register"))).click();
        assertThat(page.locator("h1")).containsText(sq("victimdata.case.title", "VC-"));
        assertThat(page.locator("body")).not().containsText("Gashi");
        shot("registered");
    }
}
