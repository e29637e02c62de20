package org.ariadne.browser;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's consultation, in a real browser and without any script of ours: the officer opens a consultation on a
 * plan shaped like the demo's from the plan page, inviting the police and an outside organisation; the police's
 * focal point comments on an activity; the officer marks the comment accepted and the consultation report shows it
 * so; the outside organisation comments once through its single-use link, and its second visit says the link was
 * used.
 */
class ConsultationJourneyTest extends BrowserTest {

    private static final String PASSWORD = "consultation-journey-Passw0rd";
    private static final String COMMENT = "Train the officers of the regional directorates too, not only at the centre.";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;

    private String account(Role role, Long institution) {
        var username = Unique.username(role.name().toLowerCase(Locale.ROOT).replace("_", ""));
        accounts.createAtStartUp(new UserCommand(username, "Journey " + username, null, institution, Set.of(role), null,
                true, PASSWORD));
        return username;
    }

    @Test
    void aDraftPlanIsConsultedAndEveryCommentGetsItsDisposition() {
        int year = LocalDate.now().getYear();
        var police = kit.institution("Kosovo Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named(Unique.name("Consultation journey plan")).running(year, year + 4)
                .withStrategicObjective("SO 1", "Identification and protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Proactive identification")
                .withActivity(anActivity("A1.1.1", "Training of police officers on identification").ledBy(police)
                        .withIndicator(anIndicator("Officers trained")))
                .withActivity(anActivity("A1.1.2", "Joint operations at the border").ledBy(police)));
        long activity = plan.element("A1.1.1");
        var officer = account(Role.ME_OFFICER, null);
        var focalPoint = account(Role.FOCAL_POINT, police);

        // the officer opens the consultation from the plan's page
        signIn(officer, PASSWORD);
        page.navigate(url("/plans/" + plan.id()));
        page.locator("#stakeholders-link").click();
        page.locator("#new-round").click();
        page.locator("#title").fill("Consultation on the draft plan");
        page.locator("#purpose").fill("Validation and feedback before adoption.");
        page.locator("#invite-" + police).check();
        page.locator("#outside-name-0").fill("Women's Network");
        page.locator("#outside-email-0").fill("network@example.org");
        page.locator("#open-round").click();
        assertThat(page.locator(".flash.notice").first()).containsText("The consultation is open.");
        var link = page.locator(".issued-link").textContent().strip();
        assertThat(link).contains("/consult/");
        var round = page.url();

        // the police's focal point comments on the activity
        context.clearCookies();
        signIn(focalPoint, PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/consultations"));
        page.locator("#round-list a", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("Consultation on the draft plan")).click();
        page.locator("#comment-a-" + activity).fill(COMMENT);
        page.locator("#send-comments").click();
        assertThat(page.locator("#own-comment-table")).containsText(COMMENT);
        assertThat(page.locator("#own-comment-table")).containsText("no disposition yet");

        // the officer accepts it, and the report says so
        context.clearCookies();
        signIn(officer, PASSWORD);
        page.navigate(round);
        page.locator("#comment-table .decide").first().click();
        page.locator("#disposition-ACCEPTED").check();
        page.locator("#note").fill("Added to the activity's description.");
        page.locator("#save-disposition").click();
        assertThat(page.locator("#comment-table")).containsText("accepted");
        page.locator("#report-link").click();
        var reported = page.locator("#element-a-" + activity);
        assertThat(reported).containsText("changed after consultation");
        assertThat(page.locator(".report-comments")).containsText(COMMENT);
        assertThat(page.locator(".report-comments .disposition-badge")).hasText("accepted");

        // the outside organisation, signed in nowhere, comments once through its link
        context.clearCookies();
        page.navigate(link);
        page.locator("#comment-a-" + activity).fill("Include the NGOs' outreach workers in the training.");
        page.locator("#send-comments").click();
        assertThat(page.locator("h1")).hasText("Thank you");
        var again = page.navigate(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(page.locator("h1")).hasText("This link has been used");
        assertThat(page.locator("textarea")).hasCount(0);
    }
}
