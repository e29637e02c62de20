package org.ariadne.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitUntilState;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focal point on a weak connection fills in the report: parts save themselves as she types, the total follows
 * the parts, a lost connection and a closed tab lose nothing, and a colleague's save in between is never
 * overwritten without her choosing to.
 */
class ReportAutosaveBrowserTest extends BrowserTest {

    private static final String PASSWORD = "report-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;

    ReportingFixture plan;
    PeriodView period;
    String username;

    @BeforeEach
    void planAndFocalPoint() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        username = Unique.username("fatmira");
        accounts.createAtStartUp(new UserCommand(username, "Fatmira Krasniqi", null, plan.police, Set.of(Role.FOCAL_POINT),
                null, true, PASSWORD));
    }

    private String reportPath() {
        return "/reporting/" + period.id() + "/institutions/" + plan.police;
    }

    private Locator activity(long id) {
        return page.locator("#a-" + id);
    }

    private Locator victims() {
        return page.locator("#i-" + plan.victimsIdentified + "-" + period.startsOn());
    }

    @Test
    void partsSaveThemselvesAsSheTypesAndTheTotalFollowsTheParts() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        var training = activity(plan.training);

        training.getByLabel("3 · Has started").check();
        training.getByLabel("What was done in the period").fill("Trained 40 officers in Prizren");
        assertThat(training.locator("form.activity-form .save-state")).containsText("Saved at");
        // the missing box and the submit button follow without reloading
        assertThat(page.locator("#missing-box li.required-item")).hasCount(1);

        victims().getByLabel("Female, Under 18", new Locator.GetByLabelOptions().setExact(true)).fill("2");
        victims().getByLabel("Male, 18 and over", new Locator.GetByLabelOptions().setExact(true)).fill("3");
        assertThat(victims().locator("[data-group-sum]")).hasText("5");
        assertThat(victims().getByLabel("Total", new Locator.GetByLabelOptions().setExact(true)))
                .hasAttribute("placeholder", "5");
        assertThat(victims().locator(".save-state")).containsText("Saved at");

        page.reload();
        assertThat(training.getByLabel("3 · Has started")).isChecked();
        assertThat(training.getByLabel("What was done in the period")).hasValue("Trained 40 officers in Prizren");
        assertThat(victims().locator("input[name=total]")).hasValue("5");
        assertThat(page.locator("#restore-banner")).isHidden();
        assertThat(storedParts()).isEmpty();
    }

    @Test
    void whatSheTicksBeforeThePageHasFinishedLoadingIsSavedToo() {
        signIn(username, PASSWORD);
        // a weak connection: the page's script arrives only after she has already ticked a status
        var heldBack = new ArrayList<Route>();
        page.route("**/js/report-form.js", heldBack::add);
        page.navigate(url(reportPath()), new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        var operations = activity(plan.operations);
        operations.getByLabel("4 · Completed").check();
        assertThat(heldBack).hasSize(1);
        heldBack.get(0).resume();
        page.unroute("**/js/report-form.js");

        assertThat(operations.locator("form.activity-form .save-state")).containsText("Saved at");
        page.reload();
        assertThat(activity(plan.operations).getByLabel("4 · Completed")).isChecked();
    }

    @Test
    void aTotalTypedBeforeItsPartsIsSavedTogetherWithThemAndNeverAlone() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        var exact = new Locator.GetByLabelOptions().setExact(true);

        victims().getByLabel("Total", exact).fill("10");
        victims().getByLabel("Female, Under 18", exact).fill("4");
        victims().getByLabel("Female, 18 and over", exact).fill("3");
        // the parts do not add up to the total yet: said at once, and nothing is sent while she corrects them
        assertThat(victims().locator("[data-part-group]")).hasClass(java.util.regex.Pattern.compile("mismatch"));
        victims().getByLabel("Female, 18 and over", exact).fill("6");
        assertThat(victims().locator(".save-state")).containsText("Saved at");

        page.reload();
        assertThat(victims().locator("input[name=total]")).hasValue("10");
        assertThat(victims().getByLabel("Female, 18 and over", exact)).hasValue("6");
        // one save, of the whole value: the total was never stored on its own
        assertThat(victims().locator("input[name=revision]")).hasValue("1");
    }

    @Test
    void whatSheTypedWithoutAConnectionSurvivesAClosedTabAndIsRestoredLater() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        assertThat(page.locator("#restore-banner")).isHidden();

        context.setOffline(true);
        var operations = activity(plan.operations);
        operations.getByLabel("4 · Completed").check();
        operations.getByLabel("Problems met").fill("The second operation was postponed");
        assertThat(operations.locator("form.activity-form .save-state")).containsText("no connection");
        assertThat(storedParts()).containsExactly("a-" + plan.operations);
        page.close();

        context.setOffline(false);
        page = context.newPage();
        page.navigate(url(reportPath()));
        var banner = page.locator("#restore-banner");
        assertThat(banner).isVisible();
        assertThat(banner).containsText("You have changes on this page that were not saved");
        assertThat(banner).containsText("A1.1.2");
        assertThat(activity(plan.operations).getByLabel("Problems met")).hasValue("");

        banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Restore them")).click();
        assertThat(activity(plan.operations).getByLabel("Problems met")).hasValue("The second operation was postponed");
        assertThat(activity(plan.operations).locator("form.activity-form .save-state")).containsText("Saved at");

        page.reload();
        assertThat(page.locator("#restore-banner")).isHidden();
        assertThat(activity(plan.operations).getByLabel("4 · Completed")).isChecked();
        assertThat(activity(plan.operations).getByLabel("Problems met")).hasValue("The second operation was postponed");
    }

    @Test
    void aSessionThatRanOutLosesNothingAndWhatWasNotSavedCanBeDiscarded() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        context.clearCookies();
        activity(plan.training).getByLabel("What was done in the period").fill("Typed after the session ran out");
        assertThat(activity(plan.training).locator("form.activity-form .save-state")).containsText("you are signed out");
        assertThat(storedParts()).containsExactly("a-" + plan.training);
        page.close();

        page = context.newPage();
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        var banner = page.locator("#restore-banner");
        assertThat(banner).isVisible();
        banner.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard")).click();
        assertThat(banner).isHidden();

        page.reload();
        assertThat(page.locator("#restore-banner")).isHidden();
        assertThat(activity(plan.training).getByLabel("What was done in the period")).hasValue("");
    }

    @Test
    void aColleaguesSaveInBetweenIsShownAndOnlyReplacedWhenSheChoosesTo() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        colleagueSaves("The colleague's account of the training");

        var training = activity(plan.training);
        training.getByLabel("What was done in the period").fill("My account of the training");
        var state = training.locator("form.activity-form .save-state");
        assertThat(state).containsText("saved this part at");
        assertThat(state).containsText("The colleague's account of the training");

        state.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save mine instead")).click();
        assertThat(state).containsText("Saved at");
        page.reload();
        assertThat(training.getByLabel("What was done in the period")).hasValue("My account of the training");
    }

    @Test
    void submittingSavesTheLastChangesFirst() {
        signIn(username, PASSWORD);
        page.navigate(url(reportPath()));
        activity(plan.training).getByLabel("1 · Hasn't started").check();
        assertThat(activity(plan.training).locator("form.activity-form .save-state")).containsText("Saved at");
        activity(plan.operations).getByLabel("2 · In continuum").check();
        page.onDialog(dialog -> dialog.accept());
        var submit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report"));
        assertThat(submit).isEnabled();
        activity(plan.operations).getByLabel("Problems met").fill("Typed just before submitting");
        submit.click();

        assertThat(page.locator(".flash.notice")).containsText("The report is submitted");
        assertThat(page.locator(".report-status")).hasText("Submitted");
        assertThat(page.locator("#a-" + plan.operations)).containsText("Typed just before submitting");
    }

    /** A colleague of the same institution saves the training part from elsewhere. */
    private void colleagueSaves(String narrative) {
        var colleague = TestSignIn.user(Unique.username("colleague"), plan.police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(colleague, null, colleague.getAuthorities()));
        try {
            reports.saveActivity(period.id(), plan.police, plan.training, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, narrative, null, List.of()));
        } finally {
            TestSignIn.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> storedParts() {
        return (List<String>) page.evaluate("() => Object.keys(localStorage)"
                + ".filter(k => k.startsWith('ariadne.report.')).map(k => k.substring(k.lastIndexOf('.') + 1))");
    }
}
