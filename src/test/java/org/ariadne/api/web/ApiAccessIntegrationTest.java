package org.ariadne.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reads what through the API, by role, with a read token each: the same answers as the pages give (the reading
 * facades decide). The police's report of the last quarter has nothing saved yet: only the police's focal point and
 * the office may open it; the whole completeness matrix is the office's and the evaluator's, one institution's row
 * also its focal point's and the members'.
 */
@AriadneIntegrationTest
class ApiAccessIntegrationTest {

    enum Who {
        ADMINISTRATOR, COORDINATOR, ME_OFFICER, FOCAL_POINT_OWN, FOCAL_POINT_OTHER, MEMBER, EVALUATOR,
        VICTIM_DATA_OFFICER
    }

    /** The answer for each column in order, then the call; {plan}, {period}, {police}, {indicator} are filled in. */
    static final String EXPECTED = """
            # ad  co  me  fo  fx  mb  ev  vd   call
              200 200 200 200 200 200 200 200  /api/v1/me
              200 200 200 200 200 200 200 200  /api/v1/plans
              200 200 200 200 200 200 200 200  /api/v1/plans/{plan}
              200 200 200 200 200 200 200 200  /api/v1/plans/{plan}/indicators
              200 200 200 200 200 200 200 200  /api/v1/plans/{plan}/periods
              200 200 200 200 200 200 200 200  /api/v1/plans/{plan}/progress
              403 200 200 403 403 403 200 403  /api/v1/plans/{plan}/completeness
              403 200 200 200 403 200 200 403  /api/v1/plans/{plan}/completeness?institutionId={police}
              200 200 200 200 200 200 200 200  /api/v1/indicators/{indicator}/values
              403 200 200 200 403 403 403 403  /api/v1/reports/{period}/institutions/{police}
              200 200 200 200 200 200 200 200  /api/v1/published/plans
            # iati (issue 18): the IATI file is the office's and the members'; the fixture's plan has no donor-funded
            # activity, so those who may read it are told so (422), the others refused first
              403 422 422 403 403 422 403 403  /api/v1/plans/{plan}/iati
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApiTokens tokens;

    @Test
    void everyRoleReadsThroughTheApiWhatItReadsOnThePages() throws Exception {
        var fixture = new ApiFixture(editing, institutions, schedules, accounts, tokens);
        var usernames = new EnumMap<Who, String>(Who.class);
        usernames.put(Who.ADMINISTRATOR, fixture.account("admin", null, Role.ADMINISTRATOR));
        usernames.put(Who.COORDINATOR, fixture.account("coordinator", null, Role.COORDINATOR));
        usernames.put(Who.ME_OFFICER, fixture.officer);
        usernames.put(Who.FOCAL_POINT_OWN, fixture.policeFocal);
        usernames.put(Who.FOCAL_POINT_OTHER, fixture.shelterFocal);
        usernames.put(Who.MEMBER, fixture.member);
        usernames.put(Who.EVALUATOR, fixture.account("evaluator", null, Role.EVALUATOR));
        usernames.put(Who.VICTIM_DATA_OFFICER, fixture.account("victimdata", null, Role.VICTIM_DATA_OFFICER));
        var tokensOf = new EnumMap<Who, String>(Who.class);
        usernames.forEach((who, username) -> tokensOf.put(who, fixture.token(username, TokenScope.READ)));

        var unexpected = new ArrayList<String>();
        int asked = 0;
        for (var line : EXPECTED.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            var parts = line.split("\\s+");
            var call = parts[Who.values().length].replace("{plan}", String.valueOf(fixture.plan.planId))
                    .replace("{period}", String.valueOf(fixture.period.id()))
                    .replace("{police}", String.valueOf(fixture.plan.police))
                    .replace("{indicator}", String.valueOf(fixture.plan.victimsIdentified));
            var answers = new LinkedHashMap<Who, Integer>();
            for (var who : Who.values()) {
                int status = mvc.perform(get(call).header("Authorization", "Bearer " + tokensOf.get(who)))
                        .andReturn().getResponse().getStatus();
                asked++;
                answers.put(who, status);
                if (status != Integer.parseInt(parts[who.ordinal()])) {
                    unexpected.add(call + " " + who + ": expected " + parts[who.ordinal()] + ", got " + status);
                }
            }
        }
        assertThat(asked).isEqualTo(12 * Who.values().length); // 11 calls + iati's
        assertThat(unexpected).as("answers that differ from the table").isEmpty();
    }
}
