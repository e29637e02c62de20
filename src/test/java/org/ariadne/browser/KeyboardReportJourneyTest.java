package org.ariadne.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.PeriodView;
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
 * A focal point who works without a mouse, in Albanian: she signs in, finds the report she left open among her
 * reports to finish, opens it and gives an activity its status, with the keyboard only, and sees at every step where
 * the focus is. A screenshot of each step is kept in target/journeys/keyboard-focal-point.
 */
class KeyboardReportJourneyTest extends BrowserTest {

    private static final String PASSWORD = "keyboard-Passw0rd";
    private static final Path SHOTS = Path.of("target", "journeys", "keyboard-focal-point");
    /** More tab stops than any of these pages has before the element sought: a missing element fails, not loops. */
    private static final int MAX_TABS = 150;

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
    void aFocalPointWithAReportLeftOpen() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        username = Unique.username("drita");
        accounts.createAtStartUp(new UserCommand(username, "Drita Hoxha", null, plan.police, Set.of(Role.FOCAL_POINT),
                null, true, PASSWORD));
        // she began the report yesterday: one activity done, "Training of police officers" still without a status
        var focal = TestSignIn.user(username, plan.police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(period.id(), plan.police, plan.operations, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Two joint operations", null, List.of()));
        TestSignIn.clear();
    }

    @Test
    void aFocalPointSignsInOpensHerReportAndSavesAStatusWithTheKeyboardOnly() {
        page.navigate(url("/login?lang=sq"));
        // the user name field has the focus when the page opens
        assertThat(page.locator("#username")).isFocused();
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        assertThat(page.locator("#password")).isFocused();
        assertVisibleFocus();
        page.keyboard().type(PASSWORD);
        shot("01-sign-in");
        page.keyboard().press("Enter");
        page.waitForURL(address -> address.endsWith("/reporting"));

        // her own work comes first: the report left open
        var reportPath = "/reporting/" + period.id() + "/institutions/" + plan.police;
        tabTo("#to-finish a[href='" + reportPath + "']");
        assertThat(page.locator(":focus")).hasText("Vazhdoni raportin e " + period.label());
        shot("02-reports-to-finish");
        page.keyboard().press("Enter");
        page.waitForURL(address -> address.endsWith(reportPath));

        var training = page.locator("#a-" + plan.training);
        tabTo("#a-" + plan.training + " input[name=status]");
        shot("03-status-focused");
        // Space ticks the radio button that has the focus; an arrow key moves to the next one and ticks it
        page.keyboard().press("Space");
        page.keyboard().press("ArrowDown");
        var chosen = (String) page.evaluate("document.activeElement.value");
        assertThat(training.locator("input[name=status][value=" + chosen + "]")).isChecked();
        assertVisibleFocus();
        assertThat(training.locator("form.activity-form .save-state")).containsText("Ruajtur në orën");
        shot("04-status-saved");

        page.reload();
        assertThat(page.locator("#a-" + plan.training + " input[name=status][value=" + chosen + "]")).isChecked();
    }

    /** Presses Tab until the element matching the selector has the focus, checking that the focus can be seen. */
    private void tabTo(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate("s => document.activeElement !== null && document.activeElement.matches(s)",
                    selector)) {
                assertVisibleFocus();
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " in " + MAX_TABS + " presses");
    }

    /** The focused element shows a focus ring: the keyboard user sees where she is. */
    private void assertVisibleFocus() {
        var ring = (String) page.evaluate("""
                () => { const e = document.activeElement; const s = getComputedStyle(e);
                        return e.matches(':focus-visible') + ' ' + s.outlineStyle + ' ' + s.outlineWidth; }""");
        assertThat(ring).as("focus ring of the focused element").matches("true (solid|auto) [1-9][0-9.]*px");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + ".png")));
    }
}
