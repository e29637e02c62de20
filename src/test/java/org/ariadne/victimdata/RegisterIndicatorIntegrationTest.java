package org.ariadne.victimdata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
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
import org.ariadne.victimdata.linkage.Sex;
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
 * Registering victims moves the "identified victims, by sex and age group" indicator for its period, the honest way:
 * the register's figure, through the disclosure rule, is offered to the police's report pre-filled with its source;
 * the focal point saves and submits it, the office accepts it, and the indicator's page shows it where it showed
 * nothing. Presumed victims do not count in an indicator of identified ones.
 */
@AriadneIntegrationTest
class RegisterIndicatorIntegrationTest {

    private static final String[][] GRID = {{"FEMALE", "UNDER_18"}, {"FEMALE", "ADULT"}, {"MALE", "UNDER_18"},
            {"MALE", "ADULT"}};

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    VictimRegister register;
    @Autowired
    RegisterIndicators indicators;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void registeringIdentifiedVictimsMovesTheIndicatorOnceTheOfficeAcceptsTheReport() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        long police = kit.institution("Victim Indicator Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named("Identification plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Victims identified")
                .withActivity(anActivity("A1.1.1", "Identify victims").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Identified victims").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP))));
        long indicator = plan.indicator("Identified victims");
        long activity = plan.element("A1.1.1");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var period = lastEndedPeriod(plan.id());
        indicators.link(new RegisterIndicatorCommand(indicator, RegisterMeasure.IDENTIFIED, true, true));
        var before = indicators.figure(indicator, period.startsOn(), period.endsOn()).orElseThrow();

        // 6 girls, 6 women, 5 boys, 5 men identified in the period; 3 presumed victims, who do not count
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        int[][] counts = {{6, 15}, {6, 30}, {5, 16}, {5, 41}};
        for (int group = 0; group < 4; group++) {
            for (int i = 0; i < counts[group][0]; i++) {
                register.register(victim(police, period.startsOn().plusDays(i), CaseStatus.IDENTIFIED,
                        Sex.valueOf(GRID[group][0]), counts[group][1]));
            }
        }
        for (int i = 0; i < 3; i++) {
            register.register(victim(police, period.startsOn().plusDays(20), CaseStatus.PRESUMED, Sex.FEMALE, 22));
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var after = indicators.figure(indicator, period.startsOn(), period.endsOn()).orElseThrow();
        assertThat(after.total() - before.total()).isEqualTo(22);
        assertThat(after.cell(1, 0) - before.cell(1, 0)).isEqualTo(5);
        var offered = IndicatorOffer.of(after, true, true, new DisclosureControl(5)).orElseThrow();
        TestSignIn.clear();

        // the office reads the figure exact (what a member sees of it follows the year's published statistics of the
        // whole register, RegisterLinkedIndicatorDisclosureIntegrationTest)
        var member = TestSignIn.user("member-victims", null, Role.MEMBER);
        var officer = TestSignIn.user("officer-victims", null, Role.ME_OFFICER);
        var dashboard = "/indicators/" + indicator + "/dashboard?year=" + period.startsOn().getYear();
        assertThat(page(officer, get(dashboard)).selectFirst("#year-value .value").text()).as("nothing accepted yet")
                .isNotEqualTo(Long.toString(after.total()));

        // the police's report offers the figure, pre-filled, with its source
        var focal = TestSignIn.user("focal-victims", police, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        var anchor = "i-" + indicator + "-" + period.startsOn();
        var shown = page(focal, get(report)).getElementById(anchor);
        assertThat(shown.selectFirst("#" + anchor + "-total").val()).isEqualTo(Long.toString(after.total()));
        assertThat(shown.selectFirst("#" + anchor + "-computed").text())
                .startsWith("Filled in from the victim register: " + after.total() + " persons formally identified from ")
                .endsWith("it counts once the office accepts the report.");
        var save = post(report + "/indicators/" + indicator + "/" + period.startsOn()).param("revision", "0")
                .param("total", Long.toString(after.total()))
                .param("note", shown.selectFirst("#" + anchor + "-note").val());
        for (var cell : GRID) {
            var name = "parts[SEX=" + cell[0] + "|AGE_GROUP=" + cell[1] + "].amount";
            var part = offered.parts().get("SEX=" + cell[0] + "|AGE_GROUP=" + cell[1]);
            assertThat(shown.selectFirst("input[name='" + name + "']").val()).as(name)
                    .isEqualTo(part == null ? "" : part.toString());
            save.param(name, part == null ? "" : part.toString());
        }

        // the focal point saves what the page offers and submits; the office accepts
        send(focal, save);
        send(focal, post(report + "/activities/" + activity).param("revision", "0").param("status", "STARTED")
                .param("narrative", "Victims identified").param("problems", "")
                .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                .param("spending[0].amount", ""));
        var version = page(focal, get(report)).selectFirst("#submit-form input[name=version]").val();
        send(focal, post(report + "/submit").param("confirmed", "true").param("version", version));
        var submitted = page(officer, get(report));
        assertThat(submitted.getElementById(anchor).text()).contains("the victim register");
        send(officer, post(report + "/accept").param("version",
                submitted.selectFirst(".accept-form input[name=version]").val()));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(officer, get(dashboard)).selectFirst("#year-value .value").text())
                        .isEqualTo(Long.toString(after.total())));

        // the office's settings page shows the exact figure and what the report was offered
        var settings = page(officer, get("/victim-data/statistics/indicators?year=" + period.startsOn().getYear()));
        assertThat(settings.select("article.card h3").text()).contains("Identified victims");
        assertThat(page(member, get("/victim-data/statistics/indicators"), 403)).isNotNull();
        assertThat(page(TestSignIn.user("focal-settings", police, Role.FOCAL_POINT),
                get("/victim-data/statistics/indicators"), 403)).isNotNull();
    }

    private static CaseCommand victim(long institution, LocalDate on, CaseStatus status, Sex sex, int age) {
        return new CaseCommand(on, institution, null, status, sex, age, "xk", "Prishtina", "", CaseScope.INTERNAL,
                EnumSet.of(ExploitationForm.SEXUAL), null, null, null, null, null, null, null, null, Set.of(), false, "",
                "", "", null, "", "", "", "");
    }

    private PeriodView lastEndedPeriod(long planId) {
        var today = LocalDate.now();
        return schedules.periods(planId).stream().filter(p -> p.endsOn().isBefore(today))
                .reduce((first, second) -> second).orElseThrow();
    }

    private void send(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(TestSignIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection());
    }

    private Document page(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return page(user, request, 200);
    }

    private Document page(SignedInUser user, MockHttpServletRequestBuilder request, int expected) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().is(expected)).andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
