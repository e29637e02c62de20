package org.ariadne.reportingcycle.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.Notices;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The police report is returned with comments: the police focal point is told, the shelter's is not. */
@AriadneIntegrationTest
class NoticePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressReports reports;
    @Autowired
    Notices notices;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser policeFocalPoint;
    SignedInUser shelterFocalPoint;

    @BeforeEach
    void policeReportReturned() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        policeFocalPoint = TestSignIn.user(Unique.username("police"), plan.police, Role.FOCAL_POINT);
        shelterFocalPoint = TestSignIn.user(Unique.username("shelter"), plan.shelter, Role.FOCAL_POINT);

        onThisThread(policeFocalPoint);
        for (var activity : List.of(plan.training, plan.operations)) {
            reports.saveActivity(period.id(), plan.police, activity, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, "Done as planned", null, List.of()));
        }
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        TestSignIn.onThisThread(Role.ME_OFFICER);
        reports.returnForChanges(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion(),
                "Say how many officers were trained", Map.of());
        // the notice follows the return once it is committed, from the event kept in the database
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            onThisThread(policeFocalPoint);
            return notices.unread() > 0;
        });
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theFocalPointOfTheInstitutionReadsThatItsReportWasReturnedAndTheOtherDoesNot() throws Exception {
        var police = page("/notices", policeFocalPoint);
        var returned = police.select("#notice-list li[data-key=reporting.notice.returned]");
        assertThat(returned).hasSize(1);
        assertThat(returned.hasClass("unread")).isTrue();
        assertThat(returned.text()).contains("The report for " + period.label() + " was returned with comments");
        assertThat(returned.select("a").attr("href"))
                .isEqualTo("/reporting/" + period.id() + "/institutions/" + plan.police);

        var shelter = page("/notices", shelterFocalPoint);
        assertThat(shelter.select("#notice-list li[data-key=reporting.notice.returned]")).isEmpty();
        assertThat(shelter.text()).doesNotContain("was returned with comments");
    }

    /** An error page is a page like any other: the header keeps the unread count, and it leads back. */
    @Test
    void anErrorPageKeepsTheUnreadBadgeAndLeadsBackToWhereTheUserWas() throws Exception {
        for (var address : List.of("/plans/abc/dashboard", "/plans/" + Long.MAX_VALUE + "/dashboard")) {
            var html = mvc.perform(get(address).header("Referer", "http://localhost/notices")
                            .with(TestSignIn.as(policeFocalPoint)))
                    .andExpect(status().is4xxClientError()).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            var page = org.jsoup.Jsoup.parse(html);
            assertThat(page.select("#unread-notices").text()).as(address).isEqualTo("1 unread");
            assertThat(page.select("#back-to-previous").attr("href")).as(address).isEqualTo("/notices");
            assertThat(page.select("#back-to-previous").text()).isEqualTo("Back to the page you came from");
            assertThat(page.select("#back-to-start").attr("href")).isEqualTo("/");
        }
    }

    @Test
    void theUnreadBadgeShowsUntilEverythingIsMarkedRead() throws Exception {
        assertThat(page("/plans", policeFocalPoint).select("#unread-notices").text()).isEqualTo("1 unread");
        assertThat(page("/plans", shelterFocalPoint).select("#notices-link").text()).isEqualTo("Notices");
        assertThat(page("/plans", shelterFocalPoint).select("#unread-notices")).isEmpty();

        mvc.perform(post("/notices/read").with(csrf()).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notices"));

        var after = page("/notices", policeFocalPoint);
        assertThat(after.select("#unread-notices")).isEmpty();
        assertThat(after.select("#notice-list li[data-key=reporting.notice.returned]").hasClass("read")).isTrue();
        assertThat(after.select("#mark-all-read")).isEmpty();
    }

    /**
     * A deadline day brings many notices: they come 25 to a page, newest first; the person can show only the unread
     * ones and mark one read where it stands, and nobody else's notice can be marked through its number.
     */
    @Test
    void manyNoticesComeAPageAtATimeTheUnreadOnesAloneOnRequestAndEachCanBeMarkedRead() throws Exception {
        var shelter = TestSignIn.user(Unique.username("shelter-many"), plan.shelter, Role.FOCAL_POINT);
        var base = java.time.LocalDateTime.now().minusDays(40);
        var batch = Unique.name("many");
        for (int i = 1; i <= 30; i++) {
            notices.toInstitution(plan.shelter, "reporting.notice.returned", List.of("N" + i), null, batch + "-" + i,
                    base.plusDays(i));
        }
        var first = page("/notices", shelter);
        var mine = first.select("#notice-list li[data-key=reporting.notice.returned]");
        assertThat(first.select("#notice-list li")).hasSize(25);
        assertThat(mine.first().text()).as("newest first").contains("N30");
        assertThat(first.select("#notices-page").text()).startsWith("Page 1 of ");
        assertThat(first.select("#notices-previous")).isEmpty();
        var second = page(first.select("#notices-next").attr("href"), shelter);
        assertThat(second.select("#notices-page").text()).startsWith("Page 2 of ");
        assertThat(second.text()).contains("N5").doesNotContain("N30");

        // one notice marked read where it stands, from the second page: the person stays on that page
        var line = second.select("#notice-list li").stream().filter(li -> li.text().contains("for N3 was"))
                .findFirst().orElseThrow();
        long id = Long.parseLong(line.attr("data-notice"));
        mvc.perform(post("/notices/" + id + "/read").param("page", "2").with(csrf()).with(TestSignIn.as(shelter)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/notices?page=2#notice-list"));
        var unread = page("/notices?unread=true", shelter);
        assertThat(unread.select("#unread-only").hasAttr("checked")).isTrue();
        assertThat(unread.select("#notice-list li")).allSatisfy(li -> assertThat(li.hasClass("unread")).isTrue());
        assertThat(unread.select("#notice-list li[data-notice=" + id + "]")).isEmpty();
        assertThat(page("/notices?page=2", shelter).select("#notice-list li[data-notice=" + id + "]").hasClass("read"))
                .isTrue();

        // the police's focal point cannot mark the shelter's notice, and an address typed wrong is the first page
        mvc.perform(post("/notices/" + id + "/read").with(csrf()).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isNotFound());
        assertThat(page("/notices?page=abc", shelter).select("#notices-page").text()).startsWith("Page 1 of ");
        assertThat(page("/notices?page=999", shelter).select("#notices-next")).as("the last page").isEmpty();
    }

    @Test
    void theNoticesSpeakAlbanian() throws Exception {
        var page = page("/notices?lang=sq", policeFocalPoint);

        assertThat(page.select("h1").text()).isEqualTo("Njoftimet");
        assertThat(page.select("#notice-list li[data-key=reporting.notice.returned]").text())
                .contains("Raporti për " + period.label() + " u kthye me komente");
        assertThat(page.select("#unread-notices").text()).isEqualTo("1 të palexuara");
    }

    @Test
    void pagesWithoutASignedInPersonStillHaveTheirHeader() throws Exception {
        var login = Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(login.select("#notices-link")).isEmpty();
        mvc.perform(get("/reporting/plans/999999999/completeness").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
    }

    private Document page(String url, SignedInUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(TestSignIn.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static void onThisThread(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
