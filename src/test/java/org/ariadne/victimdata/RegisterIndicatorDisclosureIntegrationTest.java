package org.ariadne.victimdata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An indicator computed from the victim register whose accepted value is a small count (the focal point typed 3
 * persons, 2 women and 1 man, over the register's offer): a member sees the mark and its explanation wherever the
 * figure shows (the year's value and its achievement, the trend, the breakdown, who reported what, the downloads and
 * what the API is given), never 3, 2 or 1; the M&amp;E officer, who reads the register's statistics exact, sees them.
 * An indicator not linked to the register shows its small counts to the member as before.
 */
@AriadneIntegrationTest
class RegisterIndicatorDisclosureIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    RegisterIndicators indicators;
    @Autowired
    DashboardCharts dashboards;
    @Autowired
    ReportedValues values;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aMemberSeesASmallRegisterCountOnlyAsTheMarkAndTheOfficeSeesIt() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        long police = kit.institution("Disclosure Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named("Disclosure plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Victims identified")
                .withActivity(anActivity("A1.1.1", "Identify victims").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Victims identified by the police").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX))
                        .withIndicator(anIndicator("Trainings held").reported(Frequency.QUARTERLY))));
        long linked = plan.indicator("Victims identified by the police");
        long plain = plan.indicator("Trainings held");
        long activity = plan.element("A1.1.1");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var period = lastEndedPeriod(plan.id());
        indicators.link(new RegisterIndicatorCommand(linked, RegisterMeasure.IDENTIFIED, true, false));
        TestSignIn.clear();

        // the focal point types 3 persons (2 women, 1 man) and 2 trainings; the office accepts (people who work across
        // participants: the address guard of issue 19 answers for the reports' addresses once reporting names owners)
        var focal = TestSignIn.userOf(null, "focal-disclosure", police, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        send(focal, post(report + "/indicators/" + linked + "/" + period.startsOn()).param("revision", "0")
                .param("total", "3").param("note", "").param("parts[SEX=FEMALE].amount", "2")
                .param("parts[SEX=MALE].amount", "1"));
        send(focal, post(report + "/indicators/" + plain + "/" + period.startsOn()).param("revision", "0")
                .param("total", "2").param("note", ""));
        send(focal, post(report + "/activities/" + activity).param("revision", "0").param("status", "STARTED")
                .param("narrative", "Victims identified").param("problems", "")
                .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                .param("spending[0].amount", ""));
        var version = page(focal, get(report)).selectFirst("#submit-form input[name=version]").val();
        send(focal, post(report + "/submit").param("confirmed", "true").param("version", version));
        var officer = TestSignIn.userOf(null, "officer-disclosure", null, Role.ME_OFFICER);
        send(officer, post(report + "/accept").param("version",
                page(officer, get(report)).selectFirst(".accept-form input[name=version]").val()));

        int shownYear = period.endsOn().getYear();
        var dashboard = "/indicators/" + linked + "/dashboard?year=" + shownYear;
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(officer, get(dashboard)).selectFirst("#year-value .value").text()).isEqualTo("3"));

        // the office reads the exact figures
        var exact = page(officer, get(dashboard));
        assertThat(exact.getElementById("disclosure-legend")).isNull();
        assertThat(exact.select("#reported-values td.number").text()).isEqualTo("3");
        assertThat(download(officer, dashboard + "&download=csv&chart=breakdown-sex")).contains("2").contains("1");

        // a member sees the mark, explained, wherever the figure shows
        var member = TestSignIn.userOf(null, "member-disclosure", null, Role.MEMBER);
        var shown = page(member, get(dashboard));
        assertThat(shown.selectFirst("#year-value .value").text()).startsWith("[c]").doesNotContain("3");
        assertThat(shown.getElementById("disclosure-legend").text())
                .isEqualTo("[c] not published: fewer than 5 persons, or hidden so that such a number cannot be worked"
                        + " out from the totals.");
        assertThat(shown.selectFirst("#achievement").text()).doesNotContain("%");
        assertThat(shown.select("#reported-values td.number").text()).isEqualTo("[c]");
        for (var table : shown.select("table")) {
            assertThat(table.select("td").eachText()).as(table.id()).doesNotContain("3", "2", "1");
        }
        var trend = download(member, dashboard + "&download=csv&chart=trend");
        assertThat(trend).contains("[c]").doesNotContain(",3");
        var breakdown = download(member, dashboard + "&download=csv&chart=breakdown-sex");
        assertThat(breakdown).contains("[c]").doesNotContain(",2").doesNotContain(",1");
        assertThat(download(member, dashboard + "&download=csv&chart=reported-values")).contains("[c]")
                .doesNotContain(",3,");
        var shownSq = Jsoup.parse(mvc.perform(get(dashboard + "&lang=sq").with(TestSignIn.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(shownSq.getElementById("disclosure-legend").text()).startsWith("[c] nuk publikohet: më pak se 5");

        // what the API gives a member: the plan's progress and the accepted values, protected the same way
        TestSignIn.onThisThread(Role.MEMBER);
        var overview = dashboards.progress(plan.id(), DashboardFilter.year(shownYear));
        var progress = overview.indicators().filter(i -> i.indicator().id() == linked).findFirst().orElseThrow();
        assertThat(progress.value()).as("the overview is as the member may see it").isNull();
        assertThat(progress.achievement().reasonKey()).isEqualTo("progress.reason.suppressed");
        var series = values.series(linked, false);
        assertThat(dashboards.hiddenValues(linked, series)).hasValueSatisfying(hidden ->
                assertThat(hidden).containsExactlyInAnyOrderElementsOf(series));
        assertThat(dashboards.hiddenValues(plain, values.series(plain, false))).isEmpty();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(dashboards.progress(plan.id(), DashboardFilter.year(shownYear)).indicators()
                .filter(i -> i.indicator().id() == linked).findFirst().orElseThrow().value()).isEqualByComparingTo("3");
        assertThat(dashboards.hiddenValues(linked, series)).isEmpty();
        TestSignIn.clear();

        // an indicator not computed from the register is shown as reported
        var other = page(member, get("/indicators/" + plain + "/dashboard?year=" + shownYear));
        assertThat(other.selectFirst("#year-value .value").text()).isEqualTo("2");
        assertThat(other.getElementById("disclosure-legend")).isNull();
    }

    private PeriodView lastEndedPeriod(long planId) {
        var today = LocalDate.now();
        return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                .reduce((first, second) -> second).orElseThrow();
    }

    private void send(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestSignIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private String download(SignedInUser user, String address) throws Exception {
        return mvc.perform(get(address).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private Document page(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
