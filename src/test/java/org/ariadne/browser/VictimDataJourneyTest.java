package org.ariadne.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AcceptedVictims;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 14, end to end in a real browser: a victim-data officer registers a girl identified by the police; two years
 * later a shelter identifies her again and types her name in Cyrillic with a misspelt surname; Ariadne proposes the
 * earlier case and the officer confirms it; the statistics count 1 person, 2 cases, 1 re-trafficked. A member sees
 * only protected figures, and the portal's table of a year with 3 girls shows that cell, and its complement,
 * suppressed.
 */
class VictimDataJourneyTest extends BrowserTest {

    private static final String PASSWORD = "victim-journey-Passw0rd";
    private static final LocalDate BORN = LocalDate.of(1992, 6, 14);

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    DashboardCharts dashboards;

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

    private void fillCase(LocalDate identifiedOn, long institution, int age, String first, String surname,
            String father, LocalDate closedOn) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register a case")).click();
        page.locator("#identifiedOn").fill(identifiedOn.toString());
        page.locator("#identifyingInstitutionId").selectOption(String.valueOf(institution));
        page.locator("#sex").selectOption("FEMALE");
        page.locator("#ageAtIdentification").fill(String.valueOf(age));
        page.getByLabel("Identified victim").check();
        page.getByLabel("Sexual exploitation").check();
        page.locator("#firstNames").fill(first);
        page.locator("#surnames").fill(surname);
        page.locator("#dateOfBirth").fill(BORN.toString());
        page.locator("#fatherFirstName").fill(father);
        if (closedOn != null) {
            page.locator("#closedOn").fill(closedOn.toString());
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register the case")).click();
        assertThat(page.locator("h1")).containsText("Case VC-" + identifiedOn.getYear() + "-");
    }

    @Test
    void aSecondIdentificationInCyrillicIsProposedConfirmedAndCountedAsOnePersonWhilePublicFiguresStayProtected() {
        long police = kit.institution("Police", InstitutionType.POLICE);
        long shelter = kit.institution("Shelter", InstitutionType.SHELTER_NGO);
        var officer = account(Role.VICTIM_DATA_OFFICER);
        var member = account(Role.MEMBER);
        var coordinator = account(Role.COORDINATOR);

        // the officer lands on the register and records the police's identification of 2010, closed that autumn
        signIn(officer, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/victim-data/cases$"));
        fillCase(LocalDate.of(2010, 3, 2), police, 17, "Drita", "Hoxha", "Bekim", LocalDate.of(2010, 10, 1));
        var first = page.locator("h1").textContent().replace("Case ", "").strip();
        assertThat(page.locator("#proposals")).containsText("The linkage proposed no earlier case");

        // two years later a shelter identifies her again: Cyrillic, and the surname misspelt
        page.navigate(url("/victim-data/cases"));
        fillCase(LocalDate.of(2012, 5, 5), shelter, 19, "Дрита", "Хоџај", "Беким", null);
        var proposal = page.locator("#proposal-list tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(first));
        assertThat(proposal).containsText("likely the same person");
        proposal.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Same person"))).click();
        assertThat(page.locator(".flash.notice")).containsText("Confirmed");
        assertThat(page.locator("#person-cases")).containsText(first);

        // the statistics of those years and institutions: one person, two cases, one re-trafficked
        var statistics = "/victim-data/statistics?from=2010&to=2012&institution=" + police + "&institution=" + shelter;
        page.navigate(url(statistics));
        assertThat(page.locator("#headline-sentence")).hasText("1 person, 2 cases, 1 re-trafficked");

        // a member sees protected figures only: every count below 5 is a mark
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
        signIn(member, PASSWORD);
        page.navigate(url(statistics));
        assertThat(page.locator("#protected-figures")).isVisible();
        assertThat(page.locator("#headline-sentence")).hasCount(0);
        // one year of the whole register, as the year's reports publish it: 2010, the first year asked
        assertThat(page.locator("#protected-scope")).containsText("one year of the whole register");
        assertThat(page.locator("#filter-year option[selected]")).hasText("2010");
        var counts = page.locator("table#cross-0 td").allTextContents();
        org.assertj.core.api.Assertions.assertThat(counts).as("every count below 5 is a mark").isNotEmpty()
                .allMatch(count -> count.strip().startsWith("[c]") || count.strip().equals("0")
                        || Long.parseLong(count.strip().replaceAll("[^0-9]", "")) >= 5);

        // the portal: the police counted 3 girls in a quarter; once the year is published, that cell and its
        // complement are suppressed
        var plan = planWithAcceptedVictims(Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("3"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("12"),
                "SEX=MALE|AGE_GROUP=UNDER_18", new BigDecimal("7"), "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("9")));
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
        signIn(coordinator, PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/publication/preview?kind=FIGURES&year=" + plan.year()));
        page.locator("#publish-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Publish")).click();
        assertThat(page.locator(".flash.notice")).isVisible();

        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
        page.navigate(url("/portal/plans/" + plan.id() + "?year=" + plan.year()));
        var table = page.locator("table[data-table=indicator-" + plan.victims() + "-sex-age-group]");
        var girls = table.locator("tbody tr").first().locator("td");
        assertThat(girls.nth(0)).hasAttribute("data-suppressed", Pattern.compile(".*"));
        assertThat(girls.nth(0)).hasText("[c] not published");
        // its complements, in the row and in the column
        assertThat(girls.nth(1)).hasAttribute("data-suppressed", Pattern.compile(".*"));
        assertThat(table.locator("tbody tr").nth(1).locator("td").nth(0))
                .hasAttribute("data-suppressed", Pattern.compile(".*"));
        assertThat(table.locator("td").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("^\\s*3\\s*$")))).hasCount(0);
        assertThat(table.locator("tfoot")).containsText("fewer than 5 persons");
    }

    private AcceptedVictims planWithAcceptedVictims(Map<String, BigDecimal> parts) {
        return AcceptedVictims.plan("Victims journey plan", parts, kit, schedules, reports, dashboards);
    }
}
