package org.ariadne.browser;

import java.util.EnumSet;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.institutions.TerritorialUnitCommand;
import org.ariadne.institutions.TerritorialUnitKind;
import org.ariadne.institutions.TerritorialUnits;
import org.ariadne.plan.LocalPlans;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
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
 * Issue 19's "done when", in a real browser: a municipal institution submits its quarterly report on the municipal
 * plan; the municipality's local coordinator accepts it; the national plan's dashboard then shows the municipality's
 * contribution to the national objective its plan maps onto; the local coordinator is told that another region's
 * plan does not exist; the regional officer compares two participants side by side; and a person of one participant
 * opens its own plan and is told that the other participant's does not exist. (RegionalJourneyTest walks the
 * regional side further: the mapping through the menu, a phone's width, axe-core.)
 */
class LocalPlanJourneyTest extends BrowserTest {

    private static final String PASSWORD = "local-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    TerritorialUnits units;
    @Autowired
    LocalPlans local;
    @Autowired
    TestPlans kit;
    @Autowired // several participants (issue 19 item 2)
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.ariadne.reporting.ProgressReports reports;
    @Autowired
    org.ariadne.evaluations.Evaluations evaluations;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theLocalCoordinatorAcceptsAMunicipalReportAndTheNationalDashboardShowsTheMunicipalitysContribution() {
        // the municipal plan: the reporting fixture's plan, its police and shelter serving the municipality
        var municipal = new ReportingFixture(editing, institutions, schedules);
        var period = municipal.currentPeriod(schedules);
        var national = kit.build(aPlan().named("National journey plan").running(2024, 2030)
                .withStrategicObjective("SO 1", "Protection of victims", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "National referral")
                .withActivity(anActivity("A1.1.1", "National referral mechanism")));
        var regional = kit.build(aPlan().named("Other region's plan").running(2024, 2030)
                .withStrategicObjective("SO 1", "Regional prevention", ThematicArea.PREVENTION));
        var municipality = Unique.name("Gjakova");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var region = units.create(new TerritorialUnitCommand(Unique.name("Gjakova region"), TerritorialUnitKind.REGION,
                null, null, null, null));
        var gjakova = units.create(new TerritorialUnitCommand(municipality, TerritorialUnitKind.MUNICIPALITY, region,
                null, null, null));
        var prizren = units.create(new TerritorialUnitCommand(Unique.name("Prizren region"), TerritorialUnitKind.REGION,
                null, null, null, null));
        var commission = kit.institution("Municipal commission Gjakova", InstitutionType.MUNICIPALITY);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        units.assignInstitution(commission, gjakova);
        units.assignInstitution(municipal.shelter, gjakova);
        local.place(municipal.planId, gjakova, national.id());
        local.place(regional.id(), prizren, national.id());
        var nationalObjective = local.nationalObjectives(national.id()).get(0).key();
        var strategic = local.mappings(municipal.planId).stream()
                .filter(mapping -> mapping.kind() == LocalPlans.ElementKind.STRATEGIC).findFirst().orElseThrow();
        local.map(LocalPlans.ElementKind.STRATEGIC, strategic.id(), nationalObjective);
        var municipalTitle = local.localPlansOf(national.id()).stream()
                .filter(plan -> plan.planId() == municipal.planId).findFirst().orElseThrow().title();
        TestSignIn.clear();
        var coordinator = Unique.username("local");
        var shelterFocal = Unique.username("shelter");
        accounts.createAtStartUp(new UserCommand(coordinator, "Arta Gjini", null, commission,
                EnumSet.of(Role.LOCAL_COORDINATOR), null, true, PASSWORD));
        accounts.createAtStartUp(new UserCommand(shelterFocal, "Mimoza Shala", null, municipal.shelter,
                EnumSet.of(Role.FOCAL_POINT), null, true, PASSWORD));
        var report = "/reporting/" + period.id() + "/institutions/" + municipal.shelter;

        // the shelter's focal point reports the beds as started and submits
        var shelterContext = browser().newContext();
        var shelterPage = shelterContext.newPage();
        signIn(shelterPage, shelterFocal);
        shelterPage.navigate(url(report));
        var beds = shelterPage.locator("#a-" + municipal.beds);
        beds.getByLabel("3 · Has started").check();
        beds.getByLabel("What was done in the period").fill("Four beds ready in Gjakova");
        // the autosave answers when the server does: on a busy build machine that is more than the default 5 s
        assertThat(beds.locator("form.activity-form .save-state")).containsText("Saved at",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        shelterPage.onDialog(dialog -> dialog.accept());
        shelterPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report")).click();
        assertThat(shelterPage.locator(".flash.notice")).containsText("The report is submitted");
        shelterContext.close();

        // the local coordinator finds it through its plan's completeness page and accepts it
        signIn(coordinator, PASSWORD);
        page.navigate(url("/plans/" + municipal.planId));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reporting completeness")).click();
        page.locator("tr[data-institution='" + municipal.shelter + "'] td[data-period='" + period.label() + "'] a")
                .first().click();
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the report")).click();
        assertThat(page.locator(".report-status")).hasText("Accepted");

        // the national plan's dashboard: the municipality's plan under the national objective, one activity under way
        page.navigate(url("/plans/" + national.id() + "/dashboard"));
        var row = page.locator("#local-contributions tbody tr[data-unit='" + municipality + "']");
        assertThat(row).containsText("SO 1");
        assertThat(row.getByRole(AriaRole.LINK)).hasText(municipalTitle);
        assertThat(row.locator("td.number").nth(2)).hasText("1");
        // narrowed to the other region: nothing of Gjakova
        page.getByLabel("Region or municipality").selectOption(String.valueOf(prizren));
        // (the dashboard's own filters have a "Show" button too)
        page.locator("#local-filter").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#local-contributions tbody tr[data-unit='" + municipality + "']")).hasCount(0);

        // the other region's plan: as if it did not exist
        page.navigate(url("/plans/" + regional.id()));
        assertThat(page.locator("h1")).hasText("Not found");

        // several participants in one installation (issue 19 item 2): the regional body's officer compares two
        // participants side by side, and a person of one is told that the other's plan does not exist
        var participants = new org.ariadne.regional.RegionalFixture(jdbc, editing, institutions, schedules, reports,
                evaluations);
        var regionalOfficer = Unique.username("regional");
        accounts.createAtStartUp(new UserCommand(regionalOfficer, "Dragan Regional (test officer)", null, null,
                EnumSet.of(Role.REGIONAL_OFFICER), null, true, PASSWORD, null));
        var officerOfA = Unique.username("officer-a");
        accounts.createAtStartUp(new UserCommand(officerOfA, "Blerina Hoxha", null, null, EnumSet.of(Role.ME_OFFICER),
                null, true, PASSWORD, participants.participantA));
        page.context().clearCookies();
        signIn(regionalOfficer, PASSWORD);
        page.navigate(url("/regional"));
        assertThat(page.locator("#regional-criteria thead")).containsText(participants.nameA);
        assertThat(page.locator("#regional-criteria thead")).containsText(participants.nameB);
        assertThat(page.locator("#criterion-costed")).containsText("Plan costed");
        page.context().clearCookies();
        signIn(officerOfA, PASSWORD);
        page.navigate(url("/plans/" + participants.planA));
        assertThat(page.locator("h1")).hasText(java.util.regex.Pattern.compile(".+"));
        org.assertj.core.api.Assertions.assertThat(page.locator("h1").textContent()).isNotEqualTo("Not found");
        page.navigate(url("/plans/" + participants.planB));
        assertThat(page.locator("h1")).hasText("Not found");
    }

    private void signIn(Page other, String username) {
        other.navigate(url("/login"));
        other.getByLabel("User name").fill(username);
        other.getByLabel("Password").fill(PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        other.waitForURL(address -> !address.contains("/login"));
    }
}
