package org.ariadne.browser;

import java.nio.file.Files;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.operationalplan.OperationalPlanFixture;
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

/**
 * Issue 15, item 3, end to end in a real browser: the M&E officer drafts the 2017 operational plan, carries over the
 * two unfinished activities of 2016 with their reasons (after being told that a carry-over needs one), the
 * coordinator approves it, and its Word file downloads with the carried activities in it.
 */
class OperationalPlanJourneyTest extends BrowserTest {

    private static final String PASSWORD = "opplan-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;

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

    private void carryOver(String code, String reason, String newEnd, String budget) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide " + code)).click();
        assertThat(page.locator("h1")).hasText("Operational plan 2017: " + code);
        page.getByLabel("Carried over", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill(reason);
        page.getByLabel("New end date").fill(newEnd);
        page.getByLabel("Budget for the year").fill(budget);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash.notice")).containsText("The line " + code + " is saved.");
    }

    @Test
    void theOfficerCarriesTwoActivitiesOverTheCoordinatorApprovesAndTheWordFileHoldsThem() throws Exception {
        var fixture = new OperationalPlanFixture(kit);
        var officer = account(Role.ME_OFFICER);
        var coordinator = account(Role.COORDINATOR);

        // the officer drafts 2017 from the plan's page of operational plans
        signIn(officer, PASSWORD);
        page.navigate(url("/plans/" + fixture.plan.id()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Operational plans")).click();
        page.locator("tr[data-year='2017']").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Draft the operational plan 2017")).click();
        assertThat(page.locator(".flash.notice")).containsText("The operational plan 2017 is drafted");
        assertThat(page.locator("#undecided")).containsText("Carry-overs still to decide: 2");

        // a carry-over without a reason is refused, naming the field, with what was typed kept
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decide A1.1.2")).click();
        page.getByLabel("Carried over", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("New end date").fill("2017-06-30");
        page.getByLabel("Budget for the year").fill("3500");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#reason-error")).hasText("Reason: say why the activity is carried over.");
        assertThat(page.getByLabel("New end date")).hasValue("2017-06-30");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).fill("The assessment team was formed only in November");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash.notice")).containsText("The line A1.1.2 is saved.");

        carryOver("A1.1.3", "The campaign waits for the new hotline number", "2017-09-30", "2000");
        assertThat(page.locator("#undecided")).hasCount(0);
        assertThat(page.locator("#carry-overs tr[data-code='A1.1.3']")).containsText("Carried over");

        // the coordinator approves
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true));
        page = context.newPage();
        signIn(coordinator, PASSWORD);
        page.navigate(url(fixture.path()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the operational plan")).click();
        assertThat(page.locator(".flash.notice")).containsText("The operational plan 2017 is approved.");
        assertThat(page.locator("#op-status")).hasText("Approved");

        // and its Word file holds the carried activities with their reasons
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Word (DOCX)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("Operational-plan-2017.docx");
        try (var document = new XWPFDocument(Files.newInputStream(download.path()));
                var extractor = new XWPFWordExtractor(document)) {
            org.assertj.core.api.Assertions.assertThat(extractor.getText()).contains("Carried over from 2016")
                    .contains("Assess the risks at border crossings")
                    .contains("The assessment team was formed only in November").contains("Run the hotline campaign")
                    .contains("The campaign waits for the new hotline number");
        }
        assertThat(page).hasURL(Pattern.compile(".*/operational-plans/2017$"));
    }
}
