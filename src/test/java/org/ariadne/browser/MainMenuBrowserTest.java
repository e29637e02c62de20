package org.ariadne.browser;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.security.SystemTasks;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.reportingcycle.Notices;
import org.ariadne.security.ParticipantCommand;
import org.ariadne.security.Participants;
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

    @Autowired
    Participants participants;
    @Autowired
    Notices notices;

    private void signInAsCoordinator() {
        signInAsCoordinatorOf(ParticipantScope.HOME, "Menu");
    }

    private void signInAsCoordinatorOf(long participant, String name) {
        signInAsCoordinatorOf(participant, name, 0);
    }

    private void signInAsCoordinatorOf(long participant, String name, int unreadNotices) {
        var username = Unique.username("menucoordinator");
        accounts.createAtStartUp(new UserCommand(username, name + " " + username, null, null, Set.of(Role.COORDINATOR),
                null, true, PASSWORD, participant));
        for (int i = 0; i < unreadNotices; i++) {
            notices.toAccount(username, "reporting.notice.responsible", List.of("State Police", "Q1 2026", "1", "1.1.1"),
                    "/notices", username + "-" + i, null);
        }
        signIn(username, PASSWORD);
    }

    /** A participant whose name is as long as real ones get, so that the header has to show it beside the person. */
    private long aParticipantWithALongName() {
        var code = Unique.username("m").toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return SystemTasks.callAs("installation", null, null, EnumSet.of(Role.ADMINISTRATOR),
                () -> participants.create(new ParticipantCommand(code.substring(0, Math.min(16, code.length())),
                        Unique.name("Bosnia and Herzegovina, Federation of Bosnia and Herzegovina"), null, null,
                        null)));
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
        // the fullest header a person can have: a long name, a long participant's name and a three-digit badge
        signInAsCoordinatorOf(aParticipantWithALongName(), "Marija-Aleksandra Dimitrovska-Krasniqi", 120);
        page.navigate(url("/plans"));
        assertThat(page.locator("#header-participant")).containsText("Bosnia and Herzegovina");
        assertThat(page.locator("#unread-notices")).containsText("120");

        var disclosure = menu().locator("details.menu > summary");
        assertThat(disclosure).isVisible();
        assertThat(disclosure).hasText("Menu");
        assertThat(group("Plans")).isHidden();

        disclosure.click();
        assertThat(group("Plans")).isVisible();
        group("Plans").click();
        assertThat(link("My activities")).isVisible();
        axeFindsNothing();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("a long participant name and a long personal name wrap in the header, nothing scrolls sideways")
                .isLessThanOrEqualTo(390);

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
