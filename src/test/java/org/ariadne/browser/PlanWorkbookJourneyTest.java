package org.ariadne.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.ariadne.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The M&E officer's first day: a messy plan workbook comes in, the preview says what is wrong, the officer fixes the
 * file, imports it, looks at what makes the plan unmeasurable, exports it and brings the export back unchanged.
 */
class PlanWorkbookJourneyTest extends BrowserTest {

    private static final String PASSWORD = "journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    Institutions institutions;

    @Test
    void officerImportsAMessyWorkbookFixesItChecksTheAuditAndRoundTripsTheExport() throws Exception {
        var username = Unique.username("journey");
        accounts.createAtStartUp(new UserCommand(username, "Journey Officer", null, null, Set.of(Role.ME_OFFICER), null,
                true, PASSWORD));
        var police = Unique.name("Kosovo Police");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE));
        TestSignIn.clear();
        var title = Unique.name("Action plan 2016-2019");
        var messy = file("messy.xlsx", plan(police, true));
        var fixed = file("fixed.xlsx", plan(police, false));

        signIn(username, PASSWORD);
        page.navigate(url("/plans/import"));
        page.getByLabel("Title of the new plan").fill(title);
        page.getByLabel("Workbook").setInputFiles(messy);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

        // the preview names every problem by row and column, and nothing can be imported yet
        var problems = page.locator("#problems tbody tr.problem-error");
        assertThat(problems).hasCount(2);
        assertThat(problems.nth(0)).containsText("(to be completed by ONATC)");
        assertThat(problems.nth(0).locator("td").nth(1)).hasText("Baseline");
        assertThat(problems.nth(1)).containsText("formula");
        assertThat(page.locator("#confirm-import")).isDisabled();

        page.getByLabel("Workbook").setInputFiles(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        assertThat(page.locator("#unknown-institutions")).containsText("Ministria e Drejtësisë");
        page.locator("#confirm-import").click();
        page.waitForURL(url -> url.matches(".*/plans/\\d+$"));
        assertThat(page.locator(".flash.notice")).containsText("Import finished");
        var planPath = page.url().substring(page.url().indexOf("/plans/"));

        assertThat(page.locator("body")).containsText("Information campaign in schools");

        // the quality audit counts what makes the plan unmeasurable
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quality audit")).click();
        assertThat(page.locator("body")).containsText("1 of 2 indicators have no baseline");

        // export, then bring the export back: nothing changes
        page.navigate(url(planPath));
        var download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Export workbook")).click());
        var exported = download.path();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import into this plan")).click();
        page.getByLabel("Workbook").setInputFiles(exported);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();
        assertThat(page.locator("[data-count=errors]")).hasText("0");
        assertThat(page.locator("[data-count=new]")).hasText("0");
        assertThat(page.locator("[data-count=changed]")).hasText("0");
        assertThat(page.locator("body")).containsText("identical to the plan");
        page.locator("#confirm-import").click();
        assertThat(page.locator(".flash.notice")).containsText("0 elements added, 0 changed, 0 deleted");
    }

    private static byte[] plan(String police, boolean withMistakes) {
        var book = new Workbooks()
                .row("Code", "Title", "Thematic area", "Indicator", "Unit", "Baseline", "Baseline year", "Target",
                        "Target year", "Lead institution", "Start", "End", "Budget", "Funding source")
                .row("SO 1", "Prevention of trafficking", "Prevention")
                .row("SO 1.1", "Awareness raising")
                .row("A1.1.1", "Information campaign in schools", null, "Students reached", "persons",
                        withMistakes ? "(to be completed by ONATC)" : "1 250", 2015, "5.000", 2019, police,
                        LocalDate.of(2016, 3, 1), "2016-Q4", "15.000,50", "State budget")
                .row(null, null, null, "Schools visited", "schools", null, null, 60, 2019)
                .merge(4, 5, 0).merge(4, 5, 1)
                .row("A1.1.2", "Round tables with prosecutors", null, null, null, null, null, null, null,
                        "Ministria e Drejtësisë", "vazhdimisht", null,
                        withMistakes ? new Workbooks.Formula("SUM(1,2)") : 3000, "State budget");
        return book.xlsx();
    }

    private static Path file(String name, byte[] content) throws Exception {
        var path = Files.createTempDirectory("ariadne-journey").resolve(name);
        Files.write(path, content);
        return path;
    }
}
