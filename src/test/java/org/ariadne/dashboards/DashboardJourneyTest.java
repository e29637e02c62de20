package org.ariadne.dashboards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A National Authority member looks at where the plan stands: from the plan to its dashboard, to the indicator that
 * is behind, to the budget, in a real browser under the application's Content-Security-Policy.
 */
class DashboardJourneyTest extends BrowserTest {

    private static final String PASSWORD = "journey-Passw0rd";

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
    @Autowired
    Plans plans;

    @Test
    void memberFollowsThePlanFromItsDashboardToTheIndicatorBehindAndTheBudget() throws Exception {
        var plan = new DashboardFixture(editing, institutions, schedules, reports, plans);
        var username = Unique.username("member");
        accounts.createAtStartUp(new UserCommand(username, "Journey Member", null, null, Set.of(Role.MEMBER), null, true,
                PASSWORD));
        var refused = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });

        signIn(username, PASSWORD);
        page.navigate(url("/plans/" + plan.planId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard").setExact(true)).click();
        page.locator("#filter-year").selectOption(Integer.toString(plan.year));
        page.waitForURL(url -> url.contains("year=" + plan.year));

        assertThat(page.locator("#overall")).containsText("some progress");
        // the bars keep their colours under the policy: the first series is the application's blue, not black
        var fill = (String) page.evaluate("() => getComputedStyle(document.querySelector("
                + "'#chart-statuses svg g[fill=\"rgb(29,78,137)\"]')).fill");
        assertThat(fill).isEqualTo("rgb(29, 78, 137)");
        shot("overview");

        var download = page.waitForDownload(() -> page.locator("#chart-statuses .downloads a").first().click());
        assertThat(download.suggestedFilename()).endsWith("-statuses.csv");

        page.locator("#off-track a").first().click();
        assertThat(page.locator("h1")).containsText("Victims identified");
        assertThat(page.locator("#chart-trend svg")).isVisible();
        shot("indicator");

        page.navigate(url("/plans/" + plan.planId + "/budget?year=" + plan.year));
        assertThat(page.locator("#chart-by-objective svg")).isVisible();
        assertThat(page.locator(".lead")).containsText("the plan's budget lines");
        assertThat(page.locator(".lead")).containsText("EUR");
        shot("budget");

        // narrowed to the police, then the police's own view
        page.navigate(url("/plans/" + plan.planId + "/dashboard?year=" + plan.year));
        page.locator("#filter-institution").selectOption(Long.toString(plan.police));
        page.waitForURL(url -> url.contains("institution=" + plan.police));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open this institution's view")).click();
        assertThat(page.locator("#activities tbody tr")).hasCount(2);
        shot("institution");

        assertThat(refused).isEmpty();
    }

    private void shot(String name) throws Exception {
        var shots = Path.of("target", "browser-screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shots.resolve("dashboard-" + name + ".png")));
    }
}
