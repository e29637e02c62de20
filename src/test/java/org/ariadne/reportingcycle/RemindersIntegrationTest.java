package org.ariadne.reportingcycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reporting.web.ReminderFakes;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on a fixed day: the first quarter of 2011 is due on 15 April (15 days after the quarter, reminders
 * 5 days before). The police submitted; the shelter did not, and its two focal points read English and Albanian.
 */
@AriadneIntegrationTest
@Import(ReminderFakes.class)
@TestPropertySource(properties = "ariadne.reporting.mail-enabled=true")
class RemindersIntegrationTest {

    @Autowired
    Reminders reminders;
    @Autowired
    Notices notices;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ReminderFakes.SettableClock clock;
    @Autowired
    ReminderFakes.Mailbox mailbox;

    /** A year no other test's plan covers: the job reads every plan with a deadline near the clock's day. */
    int year = 2011;
    ReportingFixture plan;
    PeriodView quarter;
    String shelterEnglish;
    String shelterAlbanian;
    String policeEmail;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.of(year, 4, 12));
        plan = new ReportingFixture(editing, institutions, schedules, year);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        quarter = schedules.periods(plan.planId).stream().filter(p -> p.label().equals(year + "-Q1")).findFirst()
                .orElseThrow();
        shelterEnglish = focalPointAccount(plan.shelter, null);
        shelterAlbanian = focalPointAccount(plan.shelter, Locale.forLanguageTag("sq"));
        policeEmail = focalPointAccount(plan.police, null);
        submitPoliceReport();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        TestSignIn.clear();
    }

    @Test
    void aFewDaysBeforeTheDeadlineOnlyTheInstitutionThatHasNotSubmittedIsRemindedAndOnlyOnce() {
        sendDue();
        sendDue();

        assertThat(noticesOf(plan.shelter)).filteredOn(n -> n.link().startsWith("/reporting/" + quarter.id() + "/"))
                .extracting(Notices.NoticeView::messageKey).containsExactly("reporting.notice.due");
        var due = noticesOf(plan.shelter).stream().filter(n -> n.messageKey().equals("reporting.notice.due")).findFirst()
                .orElseThrow();
        assertThat(due.arguments()).containsExactly(year + "-Q1", year + "-04-15");
        assertThat(due.link()).isEqualTo("/reporting/" + quarter.id() + "/institutions/" + plan.shelter);
        assertThat(noticesOf(plan.police)).extracting(Notices.NoticeView::messageKey)
                .doesNotContain("reporting.notice.due", "reporting.notice.overdue");
    }

    @Test
    void eachFocalPointGetsOneEmailInTheirOwnLanguage() {
        sendDue();
        sendDue();

        assertThat(mailbox.sentTo(shelterEnglish)).extracting(SimpleMailMessage::getSubject)
                .containsExactly("Ariadne: report for " + year + "-Q1 due on " + year + "-04-15");
        assertThat(mailbox.sentTo(shelterAlbanian)).extracting(SimpleMailMessage::getSubject)
                .containsExactly("Ariadne: raporti për " + year + "-Q1 duhet dorëzuar më " + year + "-04-15");
        var english = mailbox.sentTo(shelterEnglish).get(0);
        assertThat(english.getText()).startsWith("The report for " + year + "-Q1 is due on " + year + "-04-15.")
                .endsWith("/reporting/" + quarter.id() + "/institutions/" + plan.shelter);
        assertThat(mailbox.sentTo(shelterAlbanian).get(0).getText()).startsWith("Raporti për " + year + "-Q1 duhet");
        assertThat(mailbox.sentTo(policeEmail)).isEmpty();
    }

    @Test
    void theDayAfterTheDeadlineTheInstitutionIsToldItsReportIsOverdue() {
        sendDue();
        clock.set(LocalDate.of(year, 4, 16));
        sendDue();
        sendDue();

        assertThat(noticesOf(plan.shelter)).filteredOn(n -> n.link().startsWith("/reporting/" + quarter.id() + "/"))
                .extracting(Notices.NoticeView::messageKey)
                .containsExactlyInAnyOrder("reporting.notice.due", "reporting.notice.overdue");
        assertThat(noticesOf(plan.police)).extracting(Notices.NoticeView::messageKey)
                .doesNotContain("reporting.notice.overdue");
        assertThat(mailbox.sentTo(shelterEnglish)).extracting(SimpleMailMessage::getSubject)
                .containsExactly("Ariadne: report for " + year + "-Q1 due on " + year + "-04-15",
                        "Ariadne: report for " + year + "-Q1 is overdue");
        assertThat(mailbox.sentTo(shelterAlbanian)).extracting(SimpleMailMessage::getSubject)
                .endsWith("Ariadne: raporti për " + year + "-Q1 është me vonesë");
    }

    @Test
    void aReportThatCameInAndWasReturnedIsNotCalledOverdue() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        reports.returnForChanges(quarter.id(), plan.police, reports.sheet(quarter.id(), plan.police).reportVersion(),
                "Add the number of officers", java.util.Map.of());
        clock.set(LocalDate.of(year, 4, 16));

        sendDue();

        assertThat(noticesOf(plan.police)).extracting(Notices.NoticeView::messageKey)
                .doesNotContain("reporting.notice.due", "reporting.notice.overdue");
    }

    private void sendDue() {
        SystemTasks.run("reminders", reminders::sendDue);
    }

    private List<Notices.NoticeView> noticesOf(long institution) {
        var user = TestSignIn.user(Unique.username("reader"), institution, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return notices.mine(100);
        } finally {
            TestSignIn.clear();
        }
    }

    /** A focal point account with an e-mail address, as the administrator creates it; returns the address. */
    private String focalPointAccount(long institution, Locale language) {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var username = Unique.username("focal");
        var email = username + "@institution.example";
        accounts.create(new UserCommand(username, "Focal " + username, email, institution, Set.of(Role.FOCAL_POINT), null,
                true, "Correct-Horse-Battery-1"));
        if (language != null) {
            accounts.preferLocale(username, language);
        }
        TestSignIn.clear();
        return email;
    }

    private void submitPoliceReport() {
        var focal = TestSignIn.user(Unique.username("police"), plan.police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        for (var activity : List.of(plan.training, plan.operations)) {
            reports.saveActivity(quarter.id(), plan.police, activity, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, "Done as planned", null, List.of()));
        }
        reports.submit(quarter.id(), plan.police, reports.sheet(quarter.id(), plan.police).reportVersion());
        TestSignIn.clear();
    }
}
