package org.ariadne.browser;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanStatus;
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
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * Issue 15's "done when" for money and plan versions, in a real browser: the M&E officer records a donor commitment
 * on its form and the funding gap drops by that amount on the budget page and in the donor round's Excel file; the
 * mid-term review drops an activity and revises a target, the coordinator adopts version 2, the comparison shows
 * both changes with their reasons, and the 2016 dashboard still measures against version 1's target.
 */
class PlanYearJourneyTest extends BrowserTest {

    private static final String PASSWORD = "plan-year-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;
    @Autowired
    Institutions institutions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String account(Role role) {
        var username = Unique.username(role.name().toLowerCase(Locale.ROOT).replace("_", ""));
        accounts.createAtStartUp(new UserCommand(username, "Journey " + username, null, null, Set.of(role), null, true,
                PASSWORD));
        return username;
    }

    private void signInAfresh(String username) {
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setLocale("en-GB").setAcceptDownloads(true));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        signIn(username, PASSWORD);
    }

    private String institutionName(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return institutions.get(id).displayName();
        } finally {
            TestSignIn.clear();
        }
    }

    /** A figure as the page shows it in en-GB ("8,000"), read back as a number. */
    private static BigDecimal figure(Locator value) {
        return new BigDecimal(value.innerText().strip().replace(",", ""));
    }

    private static String shown(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(amount);
    }

    @Test
    void aDonorCommitmentRecordedOnItsFormLowersTheGapOnTheBudgetPageAndInTheDonorRoundExport() throws Exception {
        long donor = kit.institution("Donor agency journey", InstitutionType.DONOR);
        long ngo = kit.institution("Shelter NGO journey", InstitutionType.SHELTER_NGO);
        var plan = kit.build(aPlan().named("Money journey plan").running(2016, 2018)
                .withActivity(anActivity("A1.1.1", "Shelter places for victims").ledBy(ngo)
                        .budget(2016, FundingSourceKind.DONOR, donor, "10000", "2000")));
        var donorName = institutionName(donor);
        var officer = account(Role.ME_OFFICER);
        signIn(officer, PASSWORD);

        // the gap before, as the budget page shows it
        page.navigate(url("/plans/" + plan.id() + "/budget"));
        var gap = page.locator("#funding-gap .value");
        assertThat(gap).hasText(Pattern.compile("\\d"));
        var before = figure(gap);
        org.assertj.core.api.Assertions.assertThat(before).isEqualByComparingTo("8000");
        var donorGap = figure(page.locator("#donor-gap .value"));
        org.assertj.core.api.Assertions.assertThat(exportedGap(plan.id(), "A1.1.1")).isEqualByComparingTo(before);

        // the officer records a 3,000 EUR grant for the activity in 2016, on the form
        page.navigate(url("/plans/" + plan.id() + "/commitments/new"));
        assertThat(page.locator("h1")).hasText("Record a commitment");
        page.getByLabel("Funder from the directory").selectOption(new SelectOption().setLabel(donorName));
        page.getByLabel("Kind of source").selectOption(new SelectOption().setLabel("Donor"));
        page.getByLabel("Pledge or agreement").selectOption(new SelectOption().setLabel("Award or agreement"));
        page.getByLabel("Agreement reference").fill(Unique.name("GRANT"));
        page.getByLabel(Pattern.compile("^Amount\\*?$")).fill("3000");
        page.getByLabel(Pattern.compile("^Currency\\*?$")).fill("EUR");
        page.getByLabel("Signed on").fill("2016-03-01");
        page.getByLabel("Activity 1: Activity").selectOption(new SelectOption().setLabel("A1.1.1 Shelter places for victims"));
        page.getByLabel("Activity 1: Year").selectOption(new SelectOption().setLabel("2016"));
        page.getByLabel("Activity 1: Amount").fill("3000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash.notice")).containsText("The commitment is saved.");

        // the budget page: the gap is exactly 3,000 lower
        var expected = before.subtract(new BigDecimal("3000"));
        page.navigate(url("/plans/" + plan.id() + "/budget"));
        assertThat(page.locator("#funding-gap .value")).hasText(shown(expected));
        assertThat(page.locator("#donor-gap .value")).hasText(shown(donorGap.subtract(new BigDecimal("3000"))));
        assertThat(page.locator("#secured")).containsText("of which 3,000 from commitments");

        // the donor round's Excel file, downloaded from the finance page, shows the lower gap for the activity
        org.assertj.core.api.Assertions.assertThat(exportedGap(plan.id(), "A1.1.1")).isEqualByComparingTo(expected);
    }

    /** Opens the finance page, downloads the donor round (Excel) and reads the activity's gap with POI. */
    private BigDecimal exportedGap(long planId, String code) throws Exception {
        page.navigate(url("/plans/" + planId + "/finance"));
        assertThat(page.locator("#round-heading")).hasText("Donor round");
        var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the donor round (Excel)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");
        var text = new DataFormatter();
        try (var workbook = new XSSFWorkbook(Files.newInputStream(download.path()))) {
            var sheet = workbook.getSheetAt(0);
            int gapColumn = -1;
            int codeColumn = -1;
            for (var cell : sheet.getRow(0)) {
                if (text.formatCellValue(cell).equals("Gap")) {
                    gapColumn = cell.getColumnIndex();
                }
                if (text.formatCellValue(cell).equals("Code")) {
                    codeColumn = cell.getColumnIndex();
                }
            }
            org.assertj.core.api.Assertions.assertThat(gapColumn).as("Gap column").isNotNegative();
            org.assertj.core.api.Assertions.assertThat(codeColumn).as("Code column").isNotNegative();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row != null && code.equals(text.formatCellValue(row.getCell(codeColumn)))) {
                    return BigDecimal.valueOf(row.getCell(gapColumn).getNumericCellValue());
                }
            }
        }
        throw new AssertionError(code + " is not in the donor round");
    }

    @Test
    void theMidTermReviewDropsAnActivityRevisesATargetAndTheCoordinatorAdoptsVersionTwoWhile2016KeepsVersionOne() {
        var plan = kit.build(aPlan().named("Revision journey plan").running(2015, 2019).status(PlanStatus.ADOPTED)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers")
                        .withIndicator(anIndicator("Officers trained").yearTarget(2016, "50").yearTarget(2017, "60")))
                .withActivity(anActivity("A1.1.2", "Hotline campaign")));
        long trained = plan.indicator("Officers trained");
        var officer = account(Role.ME_OFFICER);
        var coordinator = account(Role.COORDINATOR);

        // the officer opens the revision and drops the hotline campaign
        signIn(officer, PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/versions"));
        assertThat(page.locator("h1")).hasText("Versions of the plan");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a revision")).click();
        assertThat(page.locator(".flash.notice")).containsText("Version 2 is open for revision.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drop activity A1.1.2")).click();
        assertThat(page.locator(".flash.notice")).containsText("Activity A1.1.2 is dropped from the revision.");

        // and revises the 2016 target on the indicator's usual edit page
        page.navigate(url("/indicators/" + trained + "/edit"));
        var target2016 = page.getByLabel("2016", new Page.GetByLabelOptions().setExact(true));
        assertThat(target2016).hasValue("50");
        target2016.fill("40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator(".flash.notice")).containsText("“Officers trained” saved.");

        // the coordinator adopts version 2, in force from 2017, with the Ministry of Finance's opinion and reasons
        signInAfresh(coordinator);
        page.navigate(url("/plans/" + plan.id() + "/versions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adopt the revision")).click();
        assertThat(page.locator("h1")).hasText("Adopt version 2");
        page.getByLabel(Pattern.compile("^In force from")).fill("2017-01-01");
        page.getByLabel(Pattern.compile("^Date of the opinion")).fill("2016-12-20");
        page.getByLabel(Pattern.compile("^Reference of the opinion")).fill("MoF 123/2016");
        page.getByLabel(Pattern.compile("^The opinion")).fill("Favourable, within the ceiling.");
        var reasons = page.locator("textarea[name^=reasons]");
        assertThat(reasons).hasCount(2);
        page.getByLabel(Pattern.compile("Dropped[\\s\\S]*A1\\.1\\.2[\\s\\S]*Hotline campaign")).fill("Taken over by the NGO helpline");
        page.getByLabel(Pattern.compile("Changed[\\s\\S]*Officers trained[\\s\\S]*target 2016")).fill("The 2016 training budget was cut");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adopt the revision")).click();
        assertThat(page.locator(".flash.notice")).containsText("Version 2 is adopted.");

        // the comparison shows the dropped activity and the revised target, each with its reason
        page.navigate(url("/plans/" + plan.id() + "/versions"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare versions")).click();
        assertThat(page.locator("h1")).hasText("Version 1 compared with version 2");
        var rows = page.locator("table.comparison tbody tr");
        var dropped = rows.filter(new Locator.FilterOptions().setHasText("A1.1.2"));
        assertThat(dropped).hasCount(1);
        assertThat(dropped).containsText("Hotline campaign");
        assertThat(dropped.locator("td").nth(0)).hasText("Dropped");
        assertThat(dropped.locator("td").nth(1)).hasText("in this version");
        assertThat(dropped.locator("td").nth(2)).hasText("not in this version");
        assertThat(dropped.locator("td").nth(3)).hasText("Taken over by the NGO helpline");
        var revised = rows.filter(new Locator.FilterOptions().setHasText("Officers trained"));
        assertThat(revised).hasCount(1);
        assertThat(revised.locator("td").nth(0)).hasText("Changed: target 2016");
        assertThat(revised.locator("td").nth(1)).hasText("50");
        assertThat(revised.locator("td").nth(2)).hasText("40");
        assertThat(revised.locator("td").nth(3)).hasText("The 2016 training budget was cut");

        // 2016 is still measured against version 1's target (50), 2017 against version 2 (unchanged, 60)
        page.navigate(url("/indicators/" + trained + "/dashboard?year=2016"));
        assertThat(page.locator("#year-target .value")).hasText("50");
        page.navigate(url("/indicators/" + trained + "/dashboard?year=2017"));
        assertThat(page.locator("#year-target .value")).hasText("60");
    }
}
