package org.ariadne.review.web;

import java.util.Set;

import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.Rating;
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
 * Issue 12's journey in a real browser, as a small office works it (one person is M&E officer and coordinator):
 * filter the review to what is not rated in one objective, rate three activities at once, give one a 3 with a
 * comment and a recommendation but no corrective action, set its status, approve after confirming; the monitoring
 * matrix then shows the ratings and the comment, and the worklist and notices of the person responsible for the
 * activities show the report the police sent meanwhile.
 */
class HalfYearReviewJourneyTest extends BrowserTest {

    private static final String PASSWORD = "journey-Passw0rd";

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
    @Autowired
    ProgressReports reports;

    @Test
    void theOfficerFiltersRatesThreeAtOnceExplainsAThreeApprovesAndTheMatrixShowsIt() {
        var fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        var plan = fixture.plan;
        var username = Unique.username("office");
        accounts.createAtStartUp(new UserCommand(username, "Small Office", null, null,
                Set.of(Role.ME_OFFICER, Role.COORDINATOR), null, true, PASSWORD));
        // the office account is responsible for the three activities; the police send their report of the half-year
        // through the same service as the report page, so the notice comes the way every notice comes
        TestSignIn.onThisThread(Role.ME_OFFICER);
        for (var activity : new long[] {plan.training, plan.operations, plan.beds}) {
            planEditing.assignResponsible(activity, username);
        }
        var police = institutions.directory().nameOf(plan.police);
        submitPoliceReport(fixture);
        signIn(username, PASSWORD);

        page.navigate(url(fixture.reviewPage()));
        page.locator("#filter-objective").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("SO 1 Protection"));
        page.waitForURL(java.util.regex.Pattern.compile(".*objective=\\d+.*"));
        page.locator("#filter-show").selectOption("not-rated");
        page.waitForURL(java.util.regex.Pattern.compile(".*show=not-rated.*"));
        assertThat(page.locator("article.review-activity")).hasCount(3);

        for (var activity : new long[] {plan.training, plan.operations, plan.beds}) {
            page.locator("#a-" + activity + " label.choose input").check();
        }
        var several = page.locator("form.review-several");
        several.getByLabel("1 On track").check();
        several.getByLabel("Comments").fill("Runs as planned");
        several.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Rate the chosen activities")).click();
        assertThat(page.locator(".flash.notice")).containsText("3 activities rated.");
        assertThat(page.locator("article.review-activity")).hasCount(0); // all rated: none left under "not rated"

        page.navigate(url(fixture.reviewPage()));
        var beds = page.locator("#a-" + plan.beds);
        beds.getByLabel("3 Experiencing difficulties, needs revision").check();
        beds.getByLabel("Comments").fill("Only half of the beds are open");
        beds.getByLabel("Recommendation (optional)").fill("Ask the municipality to pay its share");
        beds.getByLabel("Status, as set in the review").selectOption("NOT_STARTED");
        beds.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save rating")).click();
        assertThat(beds.locator(".flash.notice")).hasText("Rating saved.");
        assertThat(beds.locator(".review-status-change")).containsText("1 Hasn't started");

        page.onceDialog(dialog -> {
            assertThat(dialog.message()).contains("approving locks their ratings");
            dialog.accept();
        });
        page.locator("#approve button").click();
        assertThat(page.locator(".flash.notice")).containsText("is approved");

        page.navigate(url("/plans/" + plan.planId + "/matrix"));
        var bedsRow = page.locator("table.matrix tr:has(a:has-text('A1.1.3'))");
        assertThat(bedsRow.locator(".matrix-rating")).containsText("3 Experiencing difficulties, needs revision");
        assertThat(bedsRow.locator(".matrix-comments")).containsText("Only half of the beds are open");
        assertThat(bedsRow.locator(".matrix-comments")).containsText("Ask the municipality to pay its share");
        assertThat(page.locator("table.matrix tr:has(a:has-text('A1.1.1')) .matrix-rating")).containsText("1 On track");

        // the responsible person's worklist and notices show the police's new report
        page.navigate(url("/my/activities"));
        var training = page.locator("tr:has(a:has-text('A1.1.1 Training of police officers'))");
        assertThat(training.locator("a.new-report")).containsText(
                "New report to review: " + police + ", " + fixture.period.label() + ", sent ");
        assertThat(training).containsText(fixture.half.label() + ": 1 On track");
        assertThat(page.locator("tr:has(a:has-text('A1.1.3 Shelter beds'))")).containsText("3 Experiencing difficulties");
        assertThat(page.locator("tr:has(a:has-text('A1.1.3 Shelter beds')) a.new-report")).hasCount(0);
        page.navigate(url("/notices"));
        var notice = page.locator("#notice-list li[data-key='reporting.notice.responsible']",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText(police));
        assertThat(notice).hasCount(1);
        assertThat(notice.locator(".notice-text")).hasText(police + " sent its report for " + fixture.period.label()
                + "; it covers 2 of your activities: A1.1.1, A1.1.2.");
        notice.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Open")).click();
        page.waitForURL(url("/reporting/" + fixture.period.id() + "/institutions/" + plan.police));
        assertThat(page.locator("h1")).containsText(police);

        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(reviews.review(plan.planId, fixture.half).status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(reviews.ratings(plan.planId, fixture.half)).hasSize(3)
                .anySatisfy(rating -> {
                    assertThat(rating.rating()).isEqualTo(Rating.NEEDS_REVISION);
                    assertThat(rating.reviewedStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
                });
        TestSignIn.clear();
    }

    private void submitPoliceReport(ReviewFixture fixture) {
        var period = fixture.period.id();
        var police = fixture.plan.police;
        var focal = TestSignIn.user(Unique.username("focal"), police, Role.FOCAL_POINT);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(focal, null,
                        focal.getAuthorities()));
        try {
            for (var activity : new long[] {fixture.plan.training, fixture.plan.operations}) {
                reports.saveActivity(period, police, activity, 0, new ActivityEntryCommand(ActivityStatus.STARTED,
                        "Two trainings held (journey)", null, java.util.List.of()));
            }
            reports.submit(period, police, reports.sheet(period, police).reportVersion());
        } finally {
            TestSignIn.clear();
        }
    }
}
