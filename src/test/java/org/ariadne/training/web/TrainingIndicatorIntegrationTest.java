package org.ariadne.training.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
import org.ariadne.training.IndicatorLinkCommand;
import org.ariadne.training.TargetGroup;
import org.ariadne.training.TrainingCommand;
import org.ariadne.training.TrainingIndicators;
import org.ariadne.training.TrainingTopic;
import org.ariadne.training.Trainings;
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
 * A training with 20 participants moves the "professionals trained" indicator for its period, the honest way: the
 * figure computed from the training register is offered to the police's report, pre-filled with its source; the
 * focal point saves and submits it, the office accepts it, and the indicator's page shows 20 where it showed nothing.
 */
@AriadneIntegrationTest
class TrainingIndicatorIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    Trainings trainings;
    @Autowired
    TrainingIndicators indicators;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aTrainingWithTwentyParticipantsMovesProfessionalsTrainedForItsPeriod() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(editing, institutions);
        long police = kit.institution("Indicator Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named("Capacity plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Skills")
                .withActivity(anActivity("A1.1.1", "Train the police").ledBy(police).reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Professionals trained").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX))));
        long indicator = plan.indicator("Professionals trained");
        long activity = plan.element("A1.1.1");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        schedules.configure(plan.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var period = lastEndedPeriod(plan.id());
        var policeName = institutions.directory().nameOf(police);
        // the office computes the indicator from the police trainings; a training of 20 ends in the period
        indicators.link(new IndicatorLinkCommand(indicator, TargetGroup.POLICE));
        long training = trainings.create(new TrainingCommand(police, null, "Identifying victims", TrainingTopic.IDENTIFICATION,
                TargetGroup.POLICE, period.startsOn().plusDays(3), period.startsOn().plusDays(4), "Academy", List.of(),
                List.of(), null, null, null, null, null, null));
        var list = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            list.append("Officer ").append(i).append(';').append(policeName).append(";Investigator;")
                    .append(i <= 12 ? "F" : "M").append('\n');
        }
        assertThat(trainings.typeList(training, 0, list.toString())).isEmpty();
        TestSignIn.clear();

        var member = TestSignIn.user("member", null, Role.MEMBER);
        var dashboard = "/indicators/" + indicator + "/dashboard?year=" + period.startsOn().getYear();
        assertThat(page(member, get(dashboard)).selectFirst("#year-value .value").text()).as("nothing accepted yet")
                .isNotEqualTo("20");

        // the police's report offers the figure, pre-filled, with its source
        var focal = TestSignIn.user("focal-indicator", police, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + police;
        var anchor = "i-" + indicator + "-" + period.startsOn();
        var offered = page(focal, get(report)).getElementById(anchor);
        assertThat(offered.selectFirst("#" + anchor + "-total").val()).isEqualTo("20");
        assertThat(offered.selectFirst("input[name='parts[SEX=FEMALE].amount']").val()).isEqualTo("12");
        assertThat(offered.selectFirst("input[name='parts[SEX=MALE].amount']").val()).isEqualTo("8");
        assertThat(offered.selectFirst("#" + anchor + "-computed").text())
                .isEqualTo("Filled in from the training register: computed from 1 training: 20 participants (12 women, "
                        + "8 men). Check it, correct it if needed, and save; it counts once the office accepts the report.");

        // the focal point saves what the page offers and submits; the office accepts
        send(focal, post(report + "/indicators/" + indicator + "/" + period.startsOn()).param("revision", "0")
                .param("total", "20").param("parts[SEX=FEMALE].amount", "12").param("parts[SEX=MALE].amount", "8")
                .param("note", offered.selectFirst("#" + anchor + "-note").val()));
        send(focal, post(report + "/activities/" + activity).param("revision", "0").param("status", "STARTED")
                .param("narrative", "Twenty officers trained").param("problems", "")
                .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                .param("spending[0].amount", ""));
        var version = page(focal, get(report)).selectFirst("#submit-form input[name=version]").val();
        send(focal, post(report + "/submit").param("confirmed", "true").param("version", version));
        var officer = TestSignIn.user("officer-indicator", null, Role.ME_OFFICER);
        var submitted = page(officer, get(report));
        assertThat(submitted.selectFirst(".report-status").text()).isEqualTo("Submitted");
        assertThat(submitted.getElementById(anchor).text()).contains("20", "computed from 1 training");
        send(officer, post(report + "/accept").param("version",
                submitted.selectFirst(".accept-form input[name=version]").val()));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(page(member, get(dashboard)).selectFirst("#year-value .value").text()).isEqualTo("20"));
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
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
