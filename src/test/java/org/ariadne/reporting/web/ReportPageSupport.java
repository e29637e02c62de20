package org.ariadne.reporting.web;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the report page tests share: the reporting plan of {@link ReportingFixture} (the police lead two
 * activities, the shelter one), the last period that ended, people to sign in as, and the page's addresses.
 */
abstract class ReportPageSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser policeFocalPoint;

    @BeforeEach
    void buildPlan() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        policeFocalPoint = focalPoint(plan.police);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    static SignedInUser focalPoint(long institution) {
        return TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
    }

    static SignedInUser person(Role role) {
        return TestSignIn.user(Unique.username(role.name().toLowerCase(java.util.Locale.ROOT)), null, role);
    }

    String page(long institution) {
        return "/reporting/" + period.id() + "/institutions/" + institution;
    }

    String policePage() {
        return page(plan.police);
    }

    String activity(long activityId) {
        return policePage() + "/activities/" + activityId;
    }

    /** The first month of the period: the victims indicator is collected monthly. */
    String victims() {
        return policePage() + "/indicators/" + plan.victimsIdentified + "/" + period.startsOn();
    }

    String victimsAnchor() {
        return "i-" + plan.victimsIdentified + "-" + period.startsOn();
    }

    Document read(SignedInUser user) throws Exception {
        return read(user, policePage());
    }

    Document read(SignedInUser user, String path) throws Exception {
        var html = mvc.perform(get(path).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    ResultActions send(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(TestSignIn.as(user)));
    }

    /** Saves an activity through its form, as a browser without JavaScript posts it. */
    ResultActions saveActivity(SignedInUser user, long activityId, int revision, String status, String narrative)
            throws Exception {
        return send(user, post(activity(activityId)).param("revision", Integer.toString(revision))
                .param("status", status).param("narrative", narrative).param("problems", "")
                .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                .param("spending[0].amount", ""));
    }

    int reportVersion(SignedInUser user) throws Exception {
        return Integer.parseInt(read(user).selectFirst("#submit-form input[name=version]").val());
    }
}
