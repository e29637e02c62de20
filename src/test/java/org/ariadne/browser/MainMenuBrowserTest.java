package org.ariadne.browser;

import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

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
 * The grouped main menu in a real browser: drop-downs opened by keyboard on a wide screen, one "Menu" at 390 px, the
 * page reached marked, and nothing axe-core objects to with the groups open.
 */
class MainMenuBrowserTest extends BrowserTest {

    private static final String PASSWORD = "main-menu-Passw0rd";

    @Autowired
    UserAccounts accounts;

    private void signInAsCoordinator() {
        var username = Unique.username("menucoordinator");
        accounts.createAtStartUp(new UserCommand(username, "Menu " + username, null, null, Set.of(Role.COORDINATOR),
                null, true, PASSWORD));
        signIn(username, PASSWORD);
    }

    private Locator menu() {
        return page.getByRole(AriaRole.NAVIGATION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Main navigation"));
    }

    private Locator group(String name) {
        return menu().locator("summary", new Locator.LocatorOptions().setHasText(name));
    }

    private Locator link(String name) {
        return menu().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void onAWideScreenTheGroupsOpenByKeyboardOneAtATime() {
        signInAsCoordinator();
        page.navigate(url("/plans"));

        assertThat(menu().locator("details.menu > summary")).isHidden();
        assertThat(group("Plans")).isVisible();
        assertThat(group("Administration")).isVisible();
        assertThat(link("Audit trail")).isHidden();

        group("Administration").focus();
        page.keyboard().press("Enter");
        assertThat(link("Audit trail")).isVisible();
        assertThat(link("Victim register access log")).isVisible();
        axeFindsNothing();

        page.keyboard().press("Escape");
        assertThat(link("Audit trail")).isHidden();
        assertThat(group("Administration")).isFocused();

        group("Reporting").focus();
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        assertThat(link("Reporting")).isFocused();
        group("Coordination").click();
        assertThat(link("Reporting")).isHidden();
        assertThat(link("Institutions")).isVisible();
        link("Institutions").click();

        page.waitForURL(url -> url.endsWith("/institutions"));
        assertThat(menu().locator("a[aria-current=page]")).hasAttribute("href", "/institutions");
        assertThat(menu().locator("summary.current")).hasText("Coordination");
        var groups = menu().locator(".menu-groups").boundingBox();
        assertThat(groups.height).as("the groups take one line, where fifteen links took two").isLessThan(50);
    }

    @Test
    void at390PixelsTheMenuIsOneDisclosure() {
        var small = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB"));
        context.close();
        context = small;
        page = small.newPage();
        signInAsCoordinator();
        page.navigate(url("/plans"));

        var disclosure = menu().locator("details.menu > summary");
        assertThat(disclosure).isVisible();
        assertThat(disclosure).hasText("Menu");
        assertThat(group("Plans")).isHidden();

        disclosure.click();
        assertThat(group("Plans")).isVisible();
        group("Plans").click();
        assertThat(link("My activities")).isVisible();
        axeFindsNothing();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

        link("Strategies").click();
        page.waitForURL(url -> url.endsWith("/strategies"));
        assertThat(menu().locator("a[aria-current=page]")).hasAttribute("href", "/strategies");
    }

    private void axeFindsNothing() {
        var results = new AxeBuilder(page).include(java.util.List.of("header")).setLegacyMode(true).analyze();
        assertThat(results.getViolations()).as("axe-core on the open menu")
                .extracting(rule -> rule.getId() + " " + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList())
                .isEmpty();
    }
}
