package org.ariadne.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.CreatedToken;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A person's API tokens on their account: made and shown once, listed, revoked; the trail keeps who did it. */
@AriadneIntegrationTest
class ApiTokenPageIntegrationTest {

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
    JdbcClient jdbc;

    ApiFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ApiFixture(editing, institutions, schedules, accounts, tokens);
    }

    private CreatedToken make(String username, String name, String scope, LocalDate expiresOn) throws Exception {
        var result = mvc.perform(post("/account/tokens").with(csrf()).with(TestSignIn.as(fixture.user(username)))
                        .param("name", name).param("scope", scope).param("expiresOn", expiresOn.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (CreatedToken) result.getFlashMap().get(ApiTokenController.CREATED);
    }

    @Test
    void aFocalPointMakesATokenSeesItOnceAndThenOnlyItsBeginningAndUsesIt() throws Exception {
        var created = make(fixture.policeFocal, "Police case system", "READ_WRITE", LocalDate.now().plusDays(60));

        assertThat(created.token()).startsWith("ari_").hasSize(4 + 43);
        var shown = Jsoup.parse(mvc.perform(get("/account/tokens").with(TestSignIn.as(fixture.user(fixture.policeFocal)))
                .flashAttr(ApiTokenController.CREATED, created)).andReturn().getResponse().getContentAsString());
        assertThat(shown.select("#new-token").attr("value")).isEqualTo(created.token());

        var page = Jsoup.parse(mvc.perform(get("/account/tokens").with(TestSignIn.as(fixture.user(fixture.policeFocal))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#new-token")).as("shown once only").isEmpty();
        assertThat(page.html()).doesNotContain(created.token());
        var row = page.select("#token-" + created.view().id()).text();
        assertThat(row).contains("Police case system", created.token().substring(0, 8), "never");
        // only a hash is kept
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_hint = ?")
                .param(created.token()).param(created.token()).query(Integer.class).single()).isZero();

        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isOk());
        var used = Jsoup.parse(mvc.perform(get("/account/tokens").with(TestSignIn.as(fixture.user(fixture.policeFocal))))
                .andReturn().getResponse().getContentAsString());
        assertThat(used.select("#token-" + created.view().id()).text()).doesNotContain("never");
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'api-token' and entity_id = ?")
                .param(created.view().id()).query(String.class).list()).containsExactly(fixture.policeFocal);
    }

    @Test
    void anExpiryTooFarOrPastAndAMissingNameAreRefusedEachByItsFieldAndTheInputIsKept() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/account/tokens").with(csrf())
                        .with(TestSignIn.as(fixture.user(fixture.policeFocal)))
                        .param("name", "").param("scope", "READ")
                        .param("expiresOn", LocalDate.now().plusYears(2).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#name-error").text()).isEqualTo("Fill this in.");
        assertThat(page.select("#expiresOn-error").text()).contains("at most 365 days");
        assertThat(page.select("#expiresOn").attr("value")).isEqualTo(LocalDate.now().plusYears(2).toString());
        assertThat(tokensOf(fixture.policeFocal)).isZero();
    }

    @Test
    void onlyAFocalPointMayMakeATokenThatWrites() throws Exception {
        var page = Jsoup.parse(mvc.perform(post("/account/tokens").with(csrf())
                        .with(TestSignIn.as(fixture.user(fixture.member)))
                        .param("name", "Donor dashboard").param("scope", "READ_WRITE")
                        .param("expiresOn", LocalDate.now().plusDays(30).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#scope-error").text()).contains("Only a focal point");
        assertThat(tokensOf(fixture.member)).isZero();
    }

    @Test
    void theOwnerRevokesATokenAndItIsRefusedFromThenOnButNobodyElseCanRevokeIt() throws Exception {
        var created = make(fixture.policeFocal, "Spreadsheet", "READ", LocalDate.now().plusDays(10));

        mvc.perform(post("/account/tokens/" + created.view().id() + "/revoke").with(csrf())
                .with(TestSignIn.as(fixture.user(fixture.shelterFocal)))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + created.view().id() + "/revoke").with(csrf())
                .with(TestSignIn.as(fixture.user(fixture.policeFocal)))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/plans").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isUnauthorized());
        var page = Jsoup.parse(mvc.perform(get("/account/tokens").with(TestSignIn.as(fixture.user(fixture.policeFocal))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("#token-" + created.view().id()).text()).contains("revoked");
        assertThat(page.select("#revoke-" + created.view().id())).isEmpty();
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'api-token' and entity_id = ?"
                + " order by id").param(created.view().id()).query(String.class).list())
                .containsExactly("CREATED", "UPDATED");
    }

    private int tokensOf(String username) {
        return jdbc.sql("select count(*) from api_token where username = ?").param(username).query(Integer.class)
                .single();
    }
}
