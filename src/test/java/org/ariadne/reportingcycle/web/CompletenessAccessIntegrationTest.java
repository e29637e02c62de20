package org.ariadne.reportingcycle.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Completeness is for the office and evaluators; reporting settings for the M&E officer only. */
@AriadneIntegrationTest
class CompletenessAccessIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;

    ReportingFixture plan;
    String base;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        base = "/reporting/plans/" + plan.planId;
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aFocalPointAndAMemberReachNeitherTheOverviewNorTheSettings() throws Exception {
        var focalPoint = TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT);
        var member = TestSignIn.user(Unique.username("member"), null, Role.MEMBER);
        for (SignedInUser user : List.of(focalPoint, member)) {
            for (var page : List.of(base + "/completeness", base + "/completeness.csv", base + "/completeness.xlsx",
                    base + "/overdue", base + "/overdue.csv", base + "/overdue.xlsx", base + "/schedule", "/reporting/holidays")) {
                mvc.perform(get(page).with(TestSignIn.as(user))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base + "/schedule").param("version", "0").param("active", "true")
                            .param("periodLength", "MONTHLY").param("deadlineKind", "DAYS_AFTER")
                            .param("deadlineDays", "1").param("remindDaysBefore", "0")
                            .with(csrf()).with(TestSignIn.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/reporting/holidays").param("day", "2030-01-01").param("name", "Taken over")
                    .with(csrf()).with(TestSignIn.as(user))).andExpect(status().isForbidden());
        }
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(schedules.schedule(plan.planId).orElseThrow().periodLength().name()).isEqualTo("QUARTERLY");
    }

    @Test
    void theCoordinatorAndAnEvaluatorReadTheOverviewButNotTheSettings() throws Exception {
        for (var role : List.of(Role.COORDINATOR, Role.EVALUATOR)) {
            mvc.perform(get(base + "/completeness").with(TestSignIn.as(role))).andExpect(status().isOk());
            mvc.perform(get(base + "/overdue").with(TestSignIn.as(role))).andExpect(status().isOk());
            mvc.perform(get(base + "/schedule").with(TestSignIn.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/reporting/holidays").with(TestSignIn.as(Role.ADMINISTRATOR))).andExpect(status().isOk());
    }

    @Test
    void theOverviewSpeaksAlbanian() throws Exception {
        var page = Jsoup.parse(mvc.perform(get(base + "/completeness?lang=sq").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("h1").text()).isEqualTo("Plotësia e raportimit");
        assertThat(page.select("#legend").text()).contains("Dorëzuar me vonesë", "Mungon");
        assertThat(page.select("#notices-link").text()).startsWith("Njoftimet");
        assertThat(page.select("html").attr("lang")).isEqualTo("sq");
    }

    @Test
    void aPlanWithoutReportingSaysSoAndOffersTheSettings() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var bare = editing.createPlan(new org.ariadne.plan.PlanCommand(Unique.name("No reporting"), null, null, null,
                2030, 2032, org.ariadne.plan.PlanStatus.DRAFT));
        TestSignIn.clear();

        var page = Jsoup.parse(mvc.perform(get("/reporting/plans/" + bare + "/completeness")
                        .with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select("#no-periods")).hasSize(1);
        assertThat(page.select("a[href=/reporting/plans/" + bare + "/schedule]")).isNotEmpty();
        mvc.perform(get("/reporting/plans/999999999/completeness").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
    }
}
