package org.ariadne.coordination;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's "done when", in a real browser, as the office and a focal point work: the officer records a National
 * Authority session with attendance and two decisions and gives the second decision a follow-up action; the daily
 * reminders remind the owner's focal point, who closes the action with a note; the coordinator records an MoU that
 * expires in 45 days and the reminders announce it to the office; a training with 20 participants, typed into its
 * list, is offered to the police's report as the "professionals trained" figure, submitted, accepted, and moves the
 * indicator. The reminders are the scheduled job itself, called as the scheduler calls it.
 */
class CoordinationJourneyTest extends BrowserTest {

    private static final String PASSWORD = "coordination-journey-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    TestPlans kit;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    CoordinationReminders reminders;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String account(String name, Long institution, Role role) {
        var username = Unique.username(role.name().toLowerCase().replace("_", ""));
        accounts.createAtStartUp(new UserCommand(username, name, null, institution, EnumSet.of(role), null, true,
                PASSWORD));
        return username;
    }

    @Test
    void aSessionItsFollowUpAnAgreementNearExpiryAndATrainingThatMovesItsIndicator() {
        int year = LocalDate.now().getYear();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long police = kit.institution(Unique.name("Journey Police"), InstitutionType.POLICE);
        long ministry = kit.institution(Unique.name("Journey Ministry of Interior"), InstitutionType.MINISTRY);
        var plan = kit.build(aPlan().named(Unique.name("Coordination journey plan")).running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Partnership", ThematicArea.PARTNERSHIP)
                .withSpecificObjective("SO 1.1", "Skills and coordination")
                .withActivity(anActivity("A1.1.1", "Train the police to identify victims").ledBy(police)
                        .reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Professionals trained").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX))));
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                DeadlineRule.Kind.DAYS_AFTER, 15, 5));
        var period = lastEndedPeriod(plan.id());
        long activity = plan.element("A1.1.1");
        long indicator = plan.indicator("Professionals trained");
        var policeName = institutions.directory().nameOf(police);
        var ministryName = institutions.directory().nameOf(ministry);
        TestSignIn.clear();
        var officer = account("Fatmira Krasniqi", null, Role.ME_OFFICER);
        var coordinator = account("Besnik Gashi", null, Role.COORDINATOR);
        var focal = account("Driton Hoxha", police, Role.FOCAL_POINT);

        // the officer records the session: attendance by institution, role and sex, and two decisions
        var session = Unique.name("National Authority, autumn session");
        var heldOn = LocalDate.now().minusDays(2);
        signIn(officer, PASSWORD);
        page.navigate(url("/meetings/new"));
        page.locator("#kind").selectOption("NATIONAL_AUTHORITY");
        page.locator("#title").fill(session);
        page.locator("#heldOn").fill(heldOn.toString());
        page.locator("#startsAt").fill("10:00");
        page.locator("#endsAt").fill("12:30");
        page.locator("#place").fill("Government building, hall 3");
        page.locator("#agenda").fill("Opening\nAnnual report\nAny other business");
        page.locator("#invited").selectOption(new String[] {String.valueOf(police), String.valueOf(ministry)});
        page.locator("#attendance-institution-1").selectOption(String.valueOf(police));
        page.locator("#attendance-role-1").fill("Director of investigations");
        page.locator("#attendance-women-1").fill("2");
        page.locator("#attendance-men-1").fill("3");
        page.locator("#attendance-institution-2").selectOption(String.valueOf(ministry));
        page.locator("#attendance-role-2").fill("Deputy minister");
        page.locator("#attendance-women-2").fill("1");
        page.locator("#decision-1").fill("Adopt the annual report, with the changes agreed");
        page.locator("#decision-2").fill("Set up a working group on labour exploitation");
        page.locator("#minutes").fill("The session opened at 10:00. The report was adopted.");
        page.locator("#save-meeting").click();
        assertThat(page.locator("#meeting-page h1")).hasText(session);
        assertThat(page.locator("#attendance")).containsText("Director of investigations");
        assertThat(page.locator("#attendance")).containsText(ministryName);
        assertThat(page.locator("#decisions li")).hasCount(2);
        assertThat(page.locator("#decision-2")).containsText("working group on labour exploitation");

        // the second decision gets a follow-up action, owned by the police, due in three days
        var action = Unique.name("Draft the working group's terms of reference");
        page.locator("#new-action").click();
        page.locator("#description").fill(action);
        page.locator("#decisionNumber").selectOption("2");
        page.locator("#ownerId").selectOption(String.valueOf(police));
        page.locator("#dueOn").fill(LocalDate.now().plusDays(3).toString());
        page.locator("#activityId").selectOption(String.valueOf(activity));
        page.locator("#save-action").click();
        assertThat(page.locator("#meeting-actions")).containsText(action);

        // the daily reminders run; the owner's focal point finds the reminder and closes the action with a note
        reminders.remind();
        BrowserContext focalContext = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB"));
        var focalPage = focalContext.newPage();
        signIn(focalPage, focal);
        focalPage.navigate(url("/notices"));
        assertThat(focalPage.locator("#notice-list")).containsText("Follow-up action \"" + action + "\"");
        focalPage.navigate(url("/follow-up-actions"));
        var row = focalPage.locator("#action-list tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(action));
        assertThat(row).containsText("decision 2");
        row.locator("summary").click();
        row.locator("select[name=status]").selectOption("DONE");
        row.locator("textarea[name=closingNote]").fill("Terms of reference sent to the members");
        row.locator(".status-form button[type=submit]").click();
        row = focalPage.locator("#action-list tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(action));
        assertThat(row).containsText("Terms of reference sent to the members");
        page.reload();
        assertThat(page.locator("#meeting-actions")).containsText("Terms of reference sent to the members");

        // the coordinator records an MoU that expires in 45 days; the reminders announce it to the office
        var mou = Unique.name("MoU on the referral of victims");
        var coordinatorContext = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("en-GB"));
        var coordinatorPage = coordinatorContext.newPage();
        signIn(coordinatorPage, coordinator);
        coordinatorPage.navigate(url("/agreements/new"));
        coordinatorPage.locator("#kind").selectOption("MOU");
        coordinatorPage.locator("#title").fill(mou);
        coordinatorPage.locator("#signedOn").fill(LocalDate.now().minusYears(3).toString());
        coordinatorPage.locator("#expiresOn").fill(LocalDate.now().plusDays(45).toString());
        coordinatorPage.locator("#status").selectOption("IN_FORCE");
        coordinatorPage.locator("#scope").fill("Referral of victims, shelter places");
        coordinatorPage.locator("#party-institution-1").selectOption(String.valueOf(police));
        coordinatorPage.locator("#party-obligations-1").fill("Refers identified victims");
        coordinatorPage.locator("#party-organisation-2").fill("IOM");
        coordinatorPage.locator("#party-obligations-2").fill("Funds two shelter places");
        coordinatorPage.locator("#save-agreement").click();
        assertThat(coordinatorPage.locator("main h1")).hasText(mou);
        reminders.remind();
        page.navigate(url("/notices"));
        assertThat(page.locator("#notice-list")).containsText("The agreement \"" + mou + "\" expires on");
        page.navigate(url("/coordination"));
        assertThat(page.locator("#expiring-agreements")).containsText(mou);
        coordinatorContext.close();

        // a training of 20 police officers in the period, its list typed in, computes "professionals trained"
        page.navigate(url("/trainings/new"));
        page.locator("#institutionId").selectOption(String.valueOf(police));
        page.locator("#module").fill("Identifying victims at the border");
        page.locator("#topic").selectOption("IDENTIFICATION");
        // labour inspectors, not police: the training register counts a target group's trainings nationally, and
        // TrainingIndicatorIntegrationTest counts the police's trainings of the same quarter in the shared database
        page.locator("#targetGroup").selectOption("LABOUR_INSPECTORS");
        page.locator("#startsOn").fill(period.startsOn().plusDays(3).toString());
        page.locator("#endsOn").fill(period.startsOn().plusDays(4).toString());
        page.locator("#place").fill("Police academy, Vushtrri");
        page.locator("#save-training").click();
        assertThat(page.locator("#training")).isVisible();
        page.locator("#participant-list").first().click();
        var list = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            list.append("Officer ").append(i).append(';').append(policeName).append(";Investigator;")
                    .append(i <= 12 ? "F" : "M").append('\n');
        }
        page.locator("#list").fill(list.toString());
        page.locator("#save-typed").click();
        assertThat(page.locator("#participants-heading")).hasText("20 participants");
        page.navigate(url("/trainings/indicators"));
        page.locator("#indicatorId").selectOption(String.valueOf(indicator));
        page.locator("#targetGroup").selectOption("LABOUR_INSPECTORS");
        page.locator("#link-indicator").click();
        assertThat(page.locator("main")).containsText("Professionals trained");

        // the police's report offers 20 with its source; the focal point saves it, reports the activity, submits
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        var anchor = "i-" + indicator + "-" + period.startsOn();
        focalPage.navigate(url(report));
        var figure = focalPage.locator("#" + anchor);
        assertThat(figure.locator("#" + anchor + "-total")).hasValue("20");
        assertThat(figure.locator("#" + anchor + "-computed")).containsText("computed from 1 training");
        figure.locator(".part-actions button[type=submit]").click();
        figure = focalPage.locator("#" + anchor);
        assertThat(figure.locator(".save-state")).containsText("Saved");
        var training = focalPage.locator("#a-" + activity);
        training.getByLabel("3 · Has started").check();
        training.getByLabel("What was done in the period").fill("Twenty officers trained at the academy");
        assertThat(training.locator("form.activity-form .save-state")).containsText("Saved at");
        focalPage.onDialog(dialog -> dialog.accept());
        focalPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the report")).click();
        assertThat(focalPage.locator(".flash.notice")).containsText("The report is submitted");
        focalContext.close();

        // the office accepts, and the indicator shows the 20 trained
        page.onDialog(dialog -> dialog.accept());
        page.navigate(url(report));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the report")).click();
        assertThat(page.locator(".report-status")).hasText("Accepted");
        var dashboard = url("/indicators/" + indicator + "/dashboard?year=" + period.startsOn().getYear());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            page.navigate(dashboard);
            assertThat(page.locator("#year-value .value")).hasText(Pattern.compile("^20$"));
        });
    }

    private PeriodView lastEndedPeriod(long planId) {
        var today = LocalDate.now();
        return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                .reduce((first, second) -> second).orElseThrow();
    }

    private void signIn(Page other, String username) {
        other.navigate(url("/login"));
        other.getByLabel("User name").fill(username);
        other.getByLabel("Password").fill(PASSWORD);
        other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        other.waitForURL(address -> !address.contains("/login"));
    }
}
