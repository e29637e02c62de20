package org.ariadne.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.risks.ScenarioCommand;
import org.ariadne.risks.Scenarios;
import org.ariadne.risks.ServiceKind;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * Issue 15's "done when" for contingency, in a real browser: the coordinator activates the pandemic scenario from its
 * page, the plan dashboard shows the plan in contingency mode with the minimum package of victim services and the
 * affected activity; she deactivates it and the banner is gone.
 */
class ContingencyJourneyTest extends BrowserTest {

    private static final String PASSWORD = "contingency-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;
    @Autowired
    Scenarios scenarios;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String account(Role role) {
        var username = Unique.username(role.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        accounts.createAtStartUp(new UserCommand(username, "Journey " + username, null, null, Set.of(role), null, true,
                PASSWORD));
        return username;
    }

    @Test
    void theCoordinatorActivatesThePandemicScenarioAndTheDashboardShowsItsMinimumPackageUntilItEnds() {
        var shelter = kit.institution("Safe House Journey", InstitutionType.SHELTER_NGO);
        var hotline = kit.institution("Hotline Journey", InstitutionType.NGO);
        var plan = kit.build(aPlan().named("Contingency journey plan").running(2024, 2027)
                .withStrategicObjective("SO 1", "Prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 1.1", "Awareness")
                .withActivity(anActivity("A1.1.1", "School campaign"))
                .withActivity(anActivity("A1.1.2", "Hotline outreach")));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        scenarios.create(plan.id(), ScenarioCommand.of("Pandemic", "A pandemic is declared; lockdowns",
                List.of(new ScenarioCommand.PackageLine(ServiceKind.SHELTER, shelter, "Isolation room"),
                        new ScenarioCommand.PackageLine(ServiceKind.HOTLINE, hotline, "24/7, also by chat")),
                List.of(plan.element("A1.1.1"))));
        TestSignIn.clear();
        var coordinator = account(Role.COORDINATOR);

        signIn(coordinator, PASSWORD);
        page.navigate(url("/plans/" + plan.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contingency scenarios")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pandemic")).click();
        page.getByLabel("Active since").fill(LocalDate.now().minusDays(1).toString());
        page.getByLabel("Reason").fill("Lockdown declared by the government");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate the scenario")).click();
        assertThat(page.locator(".flash.notice")).containsText("the plan is in contingency mode");

        page.navigate(url("/plans/" + plan.id() + "/dashboard"));
        var banner = page.locator(".contingency");
        assertThat(banner.locator("h2")).hasText("Contingency mode: Pandemic since "
                + org.ariadne.common.format.Formats.of(java.util.Locale.ENGLISH).date(LocalDate.now().minusDays(1)));
        assertThat(banner.locator(".minimum-package tbody tr")).hasCount(2);
        assertThat(banner.locator(".minimum-package tbody tr").first()).containsText("Shelter");
        assertThat(banner.locator(".minimum-package tbody tr").first()).containsText("Safe House Journey");
        assertThat(banner.locator(".minimum-package tbody tr").nth(1)).containsText("Hotline");
        assertThat(banner.locator(".affected-activities li")).hasText("A1.1.1 School campaign affected by Pandemic");

        banner.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Open the scenario")).click();
        page.getByLabel("Ended on").fill(LocalDate.now().toString());
        page.getByLabel("Reason").fill("Restrictions lifted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate the scenario")).click();
        assertThat(page.locator(".flash.notice")).containsText("is no longer active");

        page.navigate(url("/plans/" + plan.id() + "/dashboard"));
        assertThat(page.locator("h1")).isVisible();
        assertThat(page.locator(".contingency")).hasCount(0);
    }
}
