package org.ariadne.publication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator publishes the plan, this year's figures and the annual report from their previews, in a real
 * browser without JavaScript; then a visitor who never signs in reads them on the portal, in Albanian too, under
 * the application's Content-Security-Policy.
 */
@Import(TestDocuments.class)
class PortalJourneyTest extends BrowserTest {

    private static final String PASSWORD = "portal-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PublicationPlans publicationPlans;
    @Autowired
    TestDocuments.Library documents;

    @Test
    void theCoordinatorPublishesFromThePreviewsAndAVisitorReadsThePortal() throws Exception {
        var plan = publicationPlans.adopted();
        documents.add(plan.planId, "Annual report " + plan.year, "annual-report", plan.year, null, Locale.ENGLISH,
                "Annual report");
        var username = Unique.username("natc");
        accounts.createAtStartUp(new UserCommand(username, "Journey Coordinator", null, null, Set.of(Role.COORDINATOR),
                null, true, PASSWORD));
        // the publish step works without JavaScript: plain links and forms
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setLocale("en-GB"));
        page = context.newPage();

        signIn(username, PASSWORD);
        page.navigate(url("/plans/" + plan.planId + "/publication"));
        publishFrom(page.locator("#publish-plan").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Preview")), "publication-plan-preview");
        publishFrom(page.locator("#publish-figures").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Preview " + plan.year)), "publication-figures-preview");
        publishFrom(page.locator("#documents").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator
                .GetByRoleOptions().setName("Preview")), "publication-report-preview");
        assertThat(page.locator("#on-portal tbody tr")).hasCount(3);
        shot("publication-office");

        var visitor = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true))
                .newPage();
        var refused = new ArrayList<String>();
        visitor.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        visitor.navigate(url("/portal"));
        shot(visitor, "portal-home");
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(plan.title)).click();
        assertThat(visitor.locator("#plan")).containsText("Training of police officers");
        assertThat(visitor.locator("#overall")).containsText("overall progress in " + plan.year);
        // the bars keep their colours under the policy: the first series is the application's blue, not black
        var fill = (String) visitor.evaluate("() => getComputedStyle(document.querySelector("
                + "'#chart-statuses svg g[fill=\"rgb(29,78,137)\"]')).fill");
        assertThat(fill).isEqualTo("rgb(29, 78, 137)");
        shot(visitor, "portal-plan");

        var csv = visitor.waitForDownload(() -> visitor.locator("#chart-statuses .downloads a").first().click());
        assertThat(csv.suggestedFilename()).endsWith("-" + plan.year + "-statuses.csv");
        var pdf = visitor.waitForDownload(() -> visitor.locator("#report-list a").first().click());
        assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());

        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("shqip")).click();
        assertThat(visitor.locator("#plan h2")).hasText("Plani i miratuar");
        assertThat(visitor.locator("#reports h2")).hasText("Raportet e publikuara");
        shot(visitor, "portal-plan-sq");
        assertThat(refused).isEmpty();
    }

    private void publishFrom(com.microsoft.playwright.Locator preview, String name) throws Exception {
        preview.click();
        assertThat(page.locator(".preview-banner")).containsText("Preview — not public yet");
        shot(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.locator(".flash.notice")).hasText("Published. It is on the public portal now.");
    }

    private void shot(String name) throws Exception {
        shot(page, name);
    }

    private static void shot(Page page, String name) throws Exception {
        var shots = Path.of("target", "browser-screenshots");
        Files.createDirectories(shots);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(shots.resolve(name + ".png")));
    }
}
