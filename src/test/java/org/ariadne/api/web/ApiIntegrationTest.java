package org.ariadne.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.RateLimiter;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The API as a police case system uses it: it reads the plan with its token, saves its figures and submits its report
 * as the web form would, and is refused what its owner may not do.
 */
@AriadneIntegrationTest
class ApiIntegrationTest {

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
    @Autowired
    ProgressReports reports;
    @Autowired
    RateLimiter limiter;
    @Autowired
    JdbcClient jdbc;

    ApiFixture fixture;
    String report;

    @BeforeEach
    void setUp() {
        fixture = new ApiFixture(editing, institutions, schedules, accounts, tokens);
        report = "/api/v1/reports/" + fixture.period.id() + "/institutions/" + fixture.plan.police;
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private String policeFigures() {
        return """
                {"activities": [
                   {"activityCode": "A1.1.1", "status": "STARTED", "narrative": "Two trainings held"},
                   {"activityId": %d, "status": "CONTINUOUS"}],
                 "values": [{"indicatorId": %d, "total": 1}]}
                """.formatted(fixture.plan.operations, fixture.plan.operationsHeld);
    }

    @Test
    void aTokenReadsThePlanWithItsElementsAndIndicatorsAndNoSessionIsMade() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ);

        mvc.perform(bearer(get("/api/v1/plans/" + fixture.plan.planId), token))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(jsonPath("$.title", startsWith("Reporting plan")))
                .andExpect(jsonPath("$.objectives[0].code").value("SO 1"))
                .andExpect(jsonPath("$.objectives[0].specificObjectives[0].activities[*].code",
                        hasItem("A1.1.1")))
                .andExpect(jsonPath("$.objectives[0].specificObjectives[0].activities[0].indicators[0].name")
                        .value("Victims identified"));
        mvc.perform(bearer(get("/api/v1/plans/" + fixture.plan.planId + "/periods"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) fixture.period.id())));
    }

    @Test
    void withoutATokenTheAnswerIs401AsAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/plans"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Not authenticated"));
    }

    @Test
    void aFocalPointsSystemSavesAndSubmitsAndTheOfficeSeesTheReportAsIfSentByTheForm() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);

        mvc.perform(bearer(put(report), token).contentType(MediaType.APPLICATION_JSON).content(policeFigures()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(3))
                .andExpect(jsonPath("$.report.status").value("DRAFT"))
                .andExpect(jsonPath("$.report.missingStatuses").value(0));
        mvc.perform(bearer(post(report + "/submit"), token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));

        var seen = new AtomicReference<ReportSheet>();
        fixture.as(fixture.officer, () -> seen.set(reports.sheet(fixture.period.id(), fixture.plan.police)));
        var sheet = seen.get();
        assertThat(sheet.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sheet.report().submittedBy()).isEqualTo(fixture.policeFocal);
        assertThat(sheet.activities()).extracting(a -> a.entry().narrative())
                .contains("Two trainings held");
        assertThat(sheet.indicators().filter(i -> i.indicator().id() == fixture.plan.operationsHeld)
                .flatMap(i -> i.values().stream()).findFirst().orElseThrow().total()).isEqualByComparingTo("1");
        // the trail says who did it, one line per part and one for the submission, as after the form
        assertThat(actions(fixture.policeFocal, "report-value")).containsExactly("CREATED");
        assertThat(actions(fixture.policeFocal, "report-activity")).containsExactly("CREATED", "CREATED");
        assertThat(jdbc.sql("select after_state from audit_event where actor = ? and entity_type = 'progress-report'"
                + " order by id desc").param(fixture.policeFocal).query(String.class).list().get(0))
                .contains("SUBMITTED");
    }

    private java.util.List<String> actions(String actor, String type) {
        return jdbc.sql("select action from audit_event where actor = ? and entity_type = ? order by id")
                .param(actor).param(type).query(String.class).list();
    }

    @Test
    void aFocalPointsTokenCannotWriteAnotherInstitutionsValues() throws Exception {
        var token = fixture.token(fixture.shelterFocal, TokenScope.READ_WRITE);

        mvc.perform(bearer(put(report), token).contentType(MediaType.APPLICATION_JSON).content(policeFigures()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(bearer(post(report + "/submit"), token)).andExpect(status().isForbidden());

        var seen = new AtomicReference<ReportSheet>();
        fixture.as(fixture.officer, () -> seen.set(reports.sheet(fixture.period.id(), fixture.plan.police)));
        assertThat(seen.get().report()).as("nothing saved on the police report").isNull();
        assertThat(actions(fixture.shelterFocal, "report-value")).isEmpty();
    }

    @Test
    void aReadTokenCannotWrite() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ);

        mvc.perform(bearer(put(report), token).contentType(MediaType.APPLICATION_JSON).content(policeFigures()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("may only read")));
        assertThat(actions(fixture.policeFocal, "report-activity")).isEmpty();
    }

    @Test
    void aMemberReadsNoReportThatIsNotAccepted() throws Exception {
        var token = fixture.token(fixture.member, TokenScope.READ);

        mvc.perform(bearer(get("/api/v1/plans/" + fixture.plan.planId), token)).andExpect(status().isOk());
        mvc.perform(bearer(get(report), token)).andExpect(status().isForbidden());
    }

    @Test
    void expiredAndRevokedTokensAreRefusedWith401() throws Exception {
        var expiring = fixture.token(fixture.policeFocal, TokenScope.READ);
        var revoked = fixture.token(fixture.policeFocal, TokenScope.READ);
        mvc.perform(bearer(get("/api/v1/plans"), expiring)).andExpect(status().isOk());
        mvc.perform(bearer(get("/api/v1/plans"), revoked)).andExpect(status().isOk());

        jdbc.sql("update api_token set expires_on = ? where token_hash = ?")
                .param(java.time.LocalDate.now().minusDays(1)).param(hash(expiring)).update();
        var id = jdbc.sql("select id from api_token where token_hash = ?").param(hash(revoked)).query(Long.class).single();
        fixture.as(fixture.policeFocal, () -> tokens.revoke(id));

        for (var token : java.util.List.of(expiring, revoked, "ari_never-made-by-ariadne")) {
            mvc.perform(bearer(get("/api/v1/plans"), token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail", containsString("unknown, expired or revoked")));
        }
    }

    private static String hash(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aTokenOverItsRateIsAnswered429WithRetryAfter() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ);
        mvc.perform(bearer(get("/api/v1/plans"), token)).andExpect(status().isOk())
                .andExpect(header().exists("RateLimit-Remaining"));
        var id = jdbc.sql("select id from api_token where token_hash = ?").param(hash(token)).query(Long.class).single();
        // the rest of this window's calls, spent at once
        while (limiter.tryAcquire(RateLimitFilter.keyOf(id)).allowed()) {
            // counting
        }

        mvc.perform(bearer(get("/api/v1/plans"), token))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value("Too many calls"));
        // another token of the same person is counted on its own
        mvc.perform(bearer(get("/api/v1/plans"), fixture.token(fixture.policeFocal, TokenScope.READ)))
                .andExpect(status().isOk());
    }

    @Test
    void invalidValuesAreListedEachWithItsIndicatorInAlbanianAndNothingIsSaved() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);
        var body = """
                {"activities": [{"activityCode": "A1.1.1", "status": "STARTED"}],
                 "values": [{"indicatorId": %d, "total": 3},
                            {"indicatorId": %d, "startsOn": "1999-01-01", "total": 1},
                            {"indicatorId": %d, "total": 1}]}
                """.formatted(fixture.plan.operationsHeld, fixture.plan.victimsIdentified, fixture.plan.bedsAvailable);

        mvc.perform(bearer(put(report), token).header("Accept-Language", "sq")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Content-Language", "sq"))
                .andExpect(jsonPath("$.title").value("Vlera të pavlefshme"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("values[0]"))
                .andExpect(jsonPath("$.errors[0].code").value("A1.1.2"))
                .andExpect(jsonPath("$.errors[0].indicatorId").value(fixture.plan.operationsHeld))
                .andExpect(jsonPath("$.errors[1].field").value("values[1].startsOn"))
                .andExpect(jsonPath("$.errors[1].code").value("A1.1.1"))
                .andExpect(jsonPath("$.errors[1].detail", containsString("nuk fillon")))
                .andExpect(jsonPath("$.errors[2].field").value("values[2].indicatorId"))
                .andExpect(jsonPath("$.errors[2].detail", containsString("nuk është në raportin")));

        assertThat(actions(fixture.policeFocal, "report-activity")).as("the valid activity was not kept").isEmpty();
        assertThat(actions(fixture.policeFocal, "report-value")).isEmpty();
    }

    @Test
    void anUnreadableValueNamesItsField() throws Exception {
        var token = fixture.token(fixture.policeFocal, TokenScope.READ_WRITE);

        mvc.perform(bearer(put(report), token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": [{\"indicatorId\": 1, \"total\": \"many\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("values[0].total"));
    }
}
