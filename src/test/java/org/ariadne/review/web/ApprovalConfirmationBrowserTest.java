package org.ariadne.review.web;

import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.ReviewStatus;
import org.ariadne.review.Reviews;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approving a half-year's review locks its ratings, so it asks first: with JavaScript in a dialog (the journey test),
 * without it on a page of its own, which is accessible and fits a 390 px phone.
 */
class ApprovalConfirmationBrowserTest extends BrowserTest {

    private static final String PASSWORD = "approval-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ReviewEditing editing;
    @Autowired
    Reviews reviews;

    @Test
    void withoutJavaScriptTheCoordinatorConfirmsOnAPageThatPassesAxeAndFitsAPhone() {
        var fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        fixture.rate(fixture.plan.training, 1, null);
        var username = Unique.username("coordinator");
        accounts.createAtStartUp(new UserCommand(username, "Coordinator", null, null, Set.of(Role.COORDINATOR), null,
                true, PASSWORD));

        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false)
                .setViewportSize(390, 844).setLocale("en-GB"));
        page = context.newPage();
        signIn(username, PASSWORD);
        page.navigate(url(fixture.reviewPage()));
        page.locator("#approve button").click();

        assertThat(page.locator("h1")).hasText("Approve the review of " + fixture.half.label() + "?");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(fixture.plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.DRAFT);
        TestSignIn.clear();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
                .isLessThanOrEqualTo(390);
        var confirmation = page.url();

        page.locator("#approve-confirm button").click();
        assertThat(page.locator(".flash.notice")).containsText("is approved");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(fixture.plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.APPROVED);
        TestSignIn.clear();
        assertThat(confirmation).endsWith("/review/approve");
    }

    @Test
    void theConfirmationPagePassesAxeInEnglishAndAlbanian() {
        var fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        fixture.rate(fixture.plan.training, 1, null);
        var username = Unique.username("coordinator");
        accounts.createAtStartUp(new UserCommand(username, "Coordinator", null, null, Set.of(Role.COORDINATOR), null,
                true, PASSWORD));
        // axe is a script the Content-Security-Policy refuses, as in the main pages' accessibility test
        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("en-GB"));
        page = context.newPage();
        signIn(username, PASSWORD);

        for (var language : new String[] {"en", "sq"}) {
            page.navigate(url("/login?lang=" + language));
            page.navigate(url(fixture.reviewPage()));
            // submitting the form from a script sends it as a browser without JavaScript would: no dialog
            page.evaluate("document.getElementById('approve').submit()");
            page.waitForSelector("#approve-confirm");
            var violations = new AxeBuilder(page).setLegacyMode(true).analyze().getViolations().stream()
                    .map(rule -> rule.getId() + " on " + rule.getNodes().size() + " nodes").collect(Collectors.toList());
            assertThat(violations).as("axe-core on the confirmation page [" + language + "]").isEmpty();
        }
    }
}
