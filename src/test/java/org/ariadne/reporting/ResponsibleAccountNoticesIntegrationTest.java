package org.ariadne.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 4: the office account responsible for activities hears of a report that covers them. Arta is
 * responsible for the police's two activities, Blerta for the shelter's beds, Dritan for nothing; the police send
 * their report of the running period (on time), it is returned and sent again.
 */
@AriadneIntegrationTest
class ResponsibleAccountNoticesIntegrationTest {

    private static final String RESPONSIBLE = "li[data-key=reporting.notice.responsible]";
    private static final String AGAIN = "li[data-key=reporting.notice.responsible-again]";

    @Autowired
    MockMvc mvc;
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
    JdbcClient jdbc;
    @Autowired
    ResponsibleAccountNotices listener;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser arta;
    SignedInUser blerta;
    SignedInUser dritan;
    SignedInUser policeFocalPoint;
    String police;

    @BeforeEach
    void responsibleAccountsNamed() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.currentPeriod(schedules);
        arta = office("Arta Responsible", Role.ME_OFFICER);
        blerta = office("Blerta Responsible", Role.COORDINATOR);
        dritan = office("Dritan Bystander", Role.ME_OFFICER);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        editing.assignResponsible(plan.training, arta.getUsername());
        editing.assignResponsible(plan.operations, arta.getUsername());
        editing.assignResponsible(plan.beds, blerta.getUsername());
        police = institutions.directory().nameOf(plan.police);
        TestSignIn.clear();
        policeFocalPoint = TestSignIn.user(Unique.username("police"), plan.police, Role.FOCAL_POINT);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theResponsibleAccountIsToldOnceWhichOfItsActivitiesTheReportCoversAndNobodyElseIs() throws Exception {
        submitPoliceReport();
        awaitNotice(arta, RESPONSIBLE);

        var notices = page("/notices", arta).select("#notice-list " + RESPONSIBLE);
        assertThat(notices).hasSize(1);
        assertThat(notices.select(".notice-text").text()).isEqualTo(police + " sent its report for " + period.label()
                + "; it covers 2 of your activities: A1.1.1, A1.1.2.");
        assertThat(notices.select("a").attr("href"))
                .isEqualTo("/reporting/" + period.id() + "/institutions/" + plan.police);
        assertThat(notices.hasClass("unread")).isTrue();
        // the shelter sent nothing: Blerta hears nothing; Dritan is responsible for nothing
        assertThat(page("/notices", blerta).select("#notice-list " + RESPONSIBLE)).isEmpty();
        assertThat(page("/notices", dritan).select("#notice-list " + RESPONSIBLE)).isEmpty();
        // the focal point who sent it is not told of it as if responsible
        assertThat(page("/notices", policeFocalPoint).select("#notice-list " + RESPONSIBLE)).isEmpty();
        // the office's own notice of an on-time report does not call it late
        assertThat(page("/notices", dritan).select("#notice-list li[data-key=reporting.notice.submitted]").text())
                .contains(police + " submitted its report for " + period.label())
                .doesNotContain("after the deadline");

        // the same event handled again (a restart before it was marked done) writes no second notice
        // (called on the listener itself, not through its asynchronous proxy, so that it has run when we look)
        org.springframework.test.util.AopTestUtils.<ResponsibleAccountNotices>getUltimateTargetObject(listener)
                .on(submittedEvent());
        assertThat(page("/notices", arta).select("#notice-list " + RESPONSIBLE)).hasSize(1);
    }

    @Test
    void theNoticeSpeaksTheReadersLanguage() throws Exception {
        submitPoliceReport();
        awaitNotice(arta, RESPONSIBLE);

        assertThat(page("/notices?lang=sq", arta).select("#notice-list " + RESPONSIBLE + " .notice-text").text())
                .isEqualTo(police + " dërgoi raportin e vet për " + period.label()
                        + "; ai përfshin 2 nga aktivitetet tuaja: A1.1.1, A1.1.2.");
    }

    @Test
    void aReportReturnedAndSentAgainIsANewNoticeThatSaysSoAndTheWorklistShowsIt() throws Exception {
        submitPoliceReport();
        awaitNotice(arta, RESPONSIBLE);
        var worklist = page("/my/activities", arta);
        assertThat(worklist.select("a.new-report").eachText()).hasSize(2).allSatisfy(text -> assertThat(text)
                .startsWith("New report to review: " + police + ", " + period.label() + ", sent "));
        assertThat(worklist.select("a.new-report").eachAttr("href")).containsOnly(
                "/reporting/" + period.id() + "/institutions/" + plan.police);
        // Blerta's beds have no new report
        assertThat(page("/my/activities", blerta).select("a.new-report")).isEmpty();

        TestSignIn.onThisThread(Role.ME_OFFICER);
        reports.returnForChanges(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion(),
                "Say how many officers were trained", Map.of());
        assertThat(page("/my/activities", arta).select("a.new-report")).as("returned: no longer waiting").isEmpty();
        as(policeFocalPoint);
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        awaitNotice(arta, AGAIN);

        var page = page("/notices", arta);
        assertThat(page.select("#notice-list " + RESPONSIBLE)).hasSize(1);
        assertThat(page.select("#notice-list " + AGAIN + " .notice-text").text()).isEqualTo(police
                + " sent its report for " + period.label()
                + " again, after corrections; it covers 2 of your activities: A1.1.1, A1.1.2.");
        assertThat(page.select("#notice-list li[data-key=reporting.notice.resubmitted]").text())
                .contains(police + " sent its report for " + period.label() + " again");
        assertThat(page("/my/activities", arta).select("a.new-report").eachText()).hasSize(2)
                .allSatisfy(text -> assertThat(text).contains("sent again").contains("after corrections"));
    }

    private void submitPoliceReport() {
        as(policeFocalPoint);
        for (var activity : List.of(plan.training, plan.operations)) {
            reports.saveActivity(period.id(), plan.police, activity, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, "Done as planned", null, List.of()));
        }
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        TestSignIn.clear();
    }

    private ProgressReportSubmitted submittedEvent() {
        return jdbc.sql("""
                        select id, first_submitted_at, submitted_at from progress_report
                        where period_id = ? and institution_id = ?""").params(period.id(), plan.police)
                .query((row, n) -> new ProgressReportSubmitted(row.getLong(1), plan.planId, period.id(), plan.police,
                        false, row.getTimestamp(2).toLocalDateTime(), row.getTimestamp(3).toLocalDateTime()))
                .single();
    }

    /** The notice follows the submission once it is committed, from the event kept in the database. */
    private void awaitNotice(SignedInUser reader, String selector) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInSameThread()
                .until(() -> !page("/notices", reader).select("#notice-list " + selector).isEmpty());
    }

    private SignedInUser office(String fullName, Role role) {
        var username = Unique.username("resp");
        accounts.createAtStartUp(new UserCommand(username, fullName, null, null, Set.of(role), null, true,
                "responsible-Passw0rd"));
        return TestSignIn.user(username, null, role);
    }

    private Document page(String url, SignedInUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(TestSignIn.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
