package org.ariadne.review.web;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.Rating;
import org.ariadne.review.ReviewEditing;
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
 * The M&E officer rates an activity in a real browser: each save replaces only that activity (the page, and what
 * the officer typed in the other activities, stays), and a rating of 3 asks for a corrective action there and then.
 */
class ReviewJourneyTest extends BrowserTest {

    private static final String PASSWORD = "review-Passw0rd";

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
    void theOfficerRatesWithoutLeavingThePageAndAnswersARatingOfThree() {
        var fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        var username = Unique.username("rater");
        accounts.createAtStartUp(new UserCommand(username, "Review Officer", null, null, Set.of(Role.ME_OFFICER), null,
                true, PASSWORD));

        signIn(username, PASSWORD);
        page.navigate(url(fixture.reviewPage()));
        var beds = page.locator("#a-" + fixture.plan.beds);
        var training = page.locator("#a-" + fixture.plan.training);
        training.getByLabel("Comments").fill("Half typed, not saved yet");
        page.evaluate("window.stillTheSamePage = true");

        beds.getByLabel("3 Experiencing difficulties, needs revision").check();
        beds.getByLabel("Comments").fill("Only half of the beds are open");
        beds.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save rating")).click();

        assertThat(beds.locator(".flash.notice")).hasText("Rating saved.");
        assertThat(beds.locator(".review-actions .badge.bad")).hasCount(0); // a corrective action is optional
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(training.getByLabel("Comments")).hasValue("Half typed, not saved yet");

        beds.getByText("Add a corrective action (optional)").click();
        beds.getByLabel("What will be done").fill("Ask the municipality to pay its share");
        beds.getByLabel("Owner institution").selectOption(String.valueOf(fixture.plan.shelter));
        beds.getByLabel("Due date").fill(LocalDate.now().plusMonths(2).toString());
        beds.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Add corrective action")).click();

        assertThat(beds.locator(".review-action-list")).containsText("Ask the municipality to pay its share");
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(reviews.ratings(fixture.plan.planId, fixture.half)).singleElement()
                .satisfies(rating -> assertThat(rating.rating()).isEqualTo(Rating.NEEDS_REVISION));
        TestSignIn.clear();
    }
}
