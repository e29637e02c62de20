package org.ariadne.regional;

import java.util.EnumSet;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.evaluations.Evaluations;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Direction;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 19 item 2 in a real browser: a participant's M&amp;E officer maps its national indicator onto the regional set
 * and is told that the other participant's plan does not exist; the regional officer then compares the two
 * participants side by side (both names, a criterion, the mapped value), on a page axe finds nothing wrong with and
 * that fits a 390 px phone.
 */
class RegionalJourneyTest extends BrowserTest {

    private static final String PASSWORD = "regional-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Evaluations evaluations;
    @Autowired
    RegionalIndicators regionalIndicators;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aParticipantMapsItsIndicatorAndTheRegionalOfficerComparesTwoParticipants() {
        var fixture = new RegionalFixture(jdbc, editing, institutions, schedules, reports, evaluations);
        var code = Unique.username("R").toUpperCase(java.util.Locale.ROOT);
        var regionalUser = TestSignIn.userOf(null, Unique.username("regional"), null, Role.REGIONAL_OFFICER);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(regionalUser, null, regionalUser.getAuthorities()));
        long regionalId = regionalIndicators.create(new RegionalIndicatorCommand(code, "Shelter places for victims",
                null, null, null, "places", Direction.INCREASE));
        TestSignIn.clear();
        var officer = Unique.username("officer");
        var regional = Unique.username("regional");
        accounts.createAtStartUp(new UserCommand(officer, "Blerina Hoxha", null, null, EnumSet.of(Role.ME_OFFICER),
                null, true, PASSWORD));
        jdbc.sql("update user_account set participant_id = ? where username = ?").params(fixture.participantA, officer)
                .update();
        accounts.createAtStartUp(new UserCommand(regional, "Dragan Regional (test officer)", null, null,
                EnumSet.of(Role.REGIONAL_OFFICER), null, true, PASSWORD));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from user_account where username = ?"
                + " and participant_id is null").param(regional).query(Long.class).single())
                .as("the regional body's staff belong to no participant").isEqualTo(1L);

        // participant A's officer maps the beds indicator through the menu's page
        signIn(officer, PASSWORD);
        page.navigate(url("/plans"));
        page.locator("nav.mainnav .menu-group summary").first().click(); // the "Plans" group of the menu
        page.locator("#nav-regional-mapping").click();
        var row = page.locator("#mapping-" + regionalId);
        row.getByLabel("National indicator for " + code).selectOption(String.valueOf(fixture.bedsIndicatorA));
        row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash.notice")).containsText("Mapping saved");
        assertThat(page.locator("#indicator-" + regionalId + " option[selected]"))
                .hasAttribute("value", String.valueOf(fixture.bedsIndicatorA));
        // the other participant's plan: as if it did not exist
        page.navigate(url("/plans/" + fixture.planB));
        assertThat(page.locator("h1")).hasText("Not found");
        context.close();

        // the regional officer compares: both participants, their criteria, A's mapped value, on a phone too
        context = browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("en-GB")
                .setViewportSize(390, 844));
        page = context.newPage();
        signIn(regional, PASSWORD);
        page.navigate(url("/regional"));
        assertThat(page.locator("h1")).hasText("Regional comparison");
        var criteria = page.locator("#regional-criteria");
        assertThat(criteria.locator("thead")).containsText(fixture.nameA);
        assertThat(criteria.locator("thead")).containsText(fixture.nameB);
        assertThat(page.locator("#criterion-costed")).containsText("Plan costed");
        assertThat(page.locator("#criterion-costed")).containsText("1 of 2 activities with a budget");
        assertThat(page.locator("#regional-row-" + regionalId)).containsText("30 beds");
        org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("the page fits a 390 px screen; the tables scroll inside their frames").isLessThanOrEqualTo(390);
        var violations = new AxeBuilder(page).setLegacyMode(true).analyze().getViolations();
        org.assertj.core.api.Assertions.assertThat(violations).extracting(rule -> rule.getId() + ": "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList()).isEmpty();
        page.navigate(url("/regional/indicators"));
        org.assertj.core.api.Assertions.assertThat(new AxeBuilder(page).setLegacyMode(true).analyze().getViolations())
                .extracting(rule -> rule.getId()).isEmpty();
    }
}
