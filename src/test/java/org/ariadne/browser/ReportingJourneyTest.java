package org.ariadne.browser;

import java.nio.file.Files;
import java.util.EnumSet;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One quarter of reporting, end to end: the police's focal point fills part of the report, closes the page, comes
 * back to the draft, attaches evidence and submits; the M&E officer returns it with a comment; the focal point fixes
 * it and submits again; the officer accepts; the completeness matrix shows it in, on time.
 */
class ReportingJourneyTest extends BrowserTest {

    private static final String PASSWORD = "journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;

    @Test
    void aQuarterOfReportingFromDraftToAccepted() throws Exception {
        var plan = new ReportingFixture(editing, institutions, schedules);
        var period = plan.currentPeriod(schedules);
        var focal = Unique.username("police");
        var officer = Unique.username("officer");
        accounts.createAtStartUp(new UserCommand(focal, "Driton Hoxha", null, plan.police, EnumSet.of(Role.FOCAL_POINT),
                null, true, PASSWORD));
        accounts.createAtStartUp(new UserCommand(officer, "Fatmira Krasniqi", null, null, EnumSet.of(Role.ME_OFFICER),
                null, true, PASSWORD));
        var report = "/reporting/" + period.id() + "/institutions/" + plan.police;

        // the focal point starts the report from the reporting home, fills part of it, and closes the page
        signIn(focal, PASSWORD);
        page.navigate(url("/reporting"));
        page.locator("a[href$='" + report + "']").first().click();
        var training = page.locator("#a-" + plan.training);
        training.getByLabel("3 · Has started").check();
        training.getByLabel("What was done in the period").fill("Trained 40 officers in Prizren");
        assertThat(training.locator("form.activity-form .save-state")).containsText("Saved at");
        page.close();

        // back to the draft in a new page: what was typed is there
        page = context.newPage();
        page.navigate(url(report));
        training = page.locator("#a-" + plan.training);
        assertThat(training.getByLabel("What was done in the period")).hasValue("Trained 40 officers in Prizren");
        assertThat(training.getByLabel("3 · Has started")).isChecked();

        // evidence, the last status, and submit
        var list = Files.createTempFile("list of participants", ".pdf");
        Files.write(list, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n".getBytes());
        training.getByLabel("Add a file").setInputFiles(list);
        training.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Attach")).click();
        assertThat(page.locator(".flash.notice")).containsText("is attached");
        training = page.locator("#a-" + plan.training);
        assertThat(training).containsText(list.getFileName().toString());
        var operations = page.locator("#a-" + plan.operations);
        operations.getByLabel("4 · Completed").check();
        assertThat(operations.locator("form.activity-form .save-state")).containsText("Saved at");
        // submitting asks first (the report is then locked)
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report")).click();
        assertThat(page.locator(".flash.notice")).containsText("The report is submitted");

        // the M&E officer returns it with a comment on the whole and on the training
        var officerContext = browser().newContext();
        var officerPage = officerContext.newPage();
        signIn(officerPage, officer, PASSWORD);
        officerPage.navigate(url(report));
        officerPage.getByLabel("Your comment on A1.1.1 (optional)").fill("How many of them were women?");
        officerPage.getByLabel("Comment for the institution").fill("Please say who took part.");
        officerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Return for changes")).click();
        assertThat(officerPage.locator(".report-status")).hasText("Returned for changes");

        // the focal point reads the comments, fixes the narrative and submits again
        page.navigate(url(report));
        assertThat(page.locator("body")).containsText("Please say who took part.");
        training = page.locator("#a-" + plan.training);
        assertThat(training).containsText("How many of them were women?");
        training.getByLabel("What was done in the period").fill("Trained 40 officers in Prizren, 18 of them women");
        assertThat(training.locator("form.activity-form .save-state")).containsText("Saved at");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report")).click();
        assertThat(page.locator(".flash.notice")).containsText("The report is submitted");

        // the officer accepts, and the completeness matrix shows the report in, on time
        officerPage.onDialog(dialog -> dialog.accept());
        officerPage.navigate(url(report));
        officerPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the report")).click();
        assertThat(officerPage.locator(".report-status")).hasText("Accepted");
        officerPage.navigate(url("/reporting/plans/" + plan.planId + "/completeness"));
        var cell = officerPage.locator("tr[data-institution='" + plan.police + "'] td[data-period='" + period.label() + "']");
        assertThat(cell).hasAttribute("data-state", "accepted");
        assertThat(cell.locator(".badge")).not().hasClass(java.util.regex.Pattern.compile(".*\\blate\\b.*"));
        officerContext.close();
    }

    private void signIn(Page other, String username, String password) {
        other.navigate(url("/login"));
        other.getByLabel("User name").fill(username);
        other.getByLabel("Password").fill(password);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        other.waitForURL(address -> !address.contains("/login"));
    }
}
