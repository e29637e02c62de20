package org.ariadne.stakeholders;

import java.nio.charset.StandardCharsets;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The stakeholder pages as the office and the focal points use them: contacts with consent (and only those who agreed
 * offered as recipients), the grid with its table, the comments and their refusals, dispositions with their reasons,
 * the report and its downloads, and the trail of it all.
 */
@AriadneIntegrationTest
class StakeholdersIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Contacts contacts;
    @Autowired
    Consultations consultations;
    @Autowired
    JdbcClient jdbc;

    StakeholderFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new StakeholderFixture(testPlans, contacts, consultations);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAContactWhoAgreedIsOfferedAsARecipient() throws Exception {
        var round = page(get("/consultations/" + fixture.round).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(round.select("#invited-" + fixture.police + " a.recipient")).extracting(e -> e.text())
                .containsExactly("Arta Krasniqi");
        var list = page(get("/stakeholders/institutions/" + fixture.police + "/contacts")
                .with(TestSignIn.as(fixture.policeFocalPoint)));
        assertThat(list.select("#contact-" + fixture.silentContact + " .no-consent")).hasSize(1);
        assertThat(list.select("#contact-" + fixture.consentingContact + " .consent-given")).hasSize(1);
    }

    @Test
    void theFocalPointAddsAContactAndConsentWithoutADayComesBackNamingTheField() throws Exception {
        var form = page(post("/stakeholders/institutions/" + fixture.police + "/contacts/new").with(csrf())
                .with(TestSignIn.as(fixture.policeFocalPoint)).param("name", "Drita Hoxha").param("email", "not mail")
                .param("consent", "true").param("languages", "ALBANIAN", "ENGLISH"));
        assertThat(form.select(".flash.problem").text()).contains("E-mail: Enter an e-mail address",
                "Enter the day the person agreed to be contacted.");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Drita Hoxha");

        mvc.perform(post("/stakeholders/institutions/" + fixture.police + "/contacts/new").with(csrf())
                .with(TestSignIn.as(fixture.policeFocalPoint)).param("name", "Drita Hoxha")
                .param("email", "drita@police.example").param("consent", "true")
                .param("consentOn", java.time.LocalDate.now().toString()).param("languages", "ALBANIAN", "ENGLISH"));
        var list = page(get("/stakeholders/institutions/" + fixture.police + "/contacts").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(list.select("#contact-list tbody tr").text()).contains("Drita Hoxha", "Albanian, English");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'stakeholder-contact'"
                + " and entity_label like 'Drita Hoxha%'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theGridIsDrawnWithTheTableOfTheSameDataAndAMissingReasonIsNamed() throws Exception {
        var refused = page(post("/plans/" + fixture.planId + "/stakeholders").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))
                .param("institutionId", String.valueOf(fixture.police)).param("interest", "5").param("power", "9")
                .param("reason", ""));
        assertThat(refused.select(".flash.problem").text()).contains("Why: Fill this in.",
                "Power (1 low – 5 high): Choose a score from 1 to 5.");
        mvc.perform(post("/plans/" + fixture.planId + "/stakeholders").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))
                .param("institutionId", String.valueOf(fixture.police)).param("interest", "5").param("power", "4")
                .param("reason", "Leads identification"));
        mvc.perform(post("/plans/" + fixture.planId + "/stakeholders").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))
                .param("institutionId", String.valueOf(fixture.shelter)).param("interest", "4").param("power", "1")
                .param("approach", "MANAGE_CLOSELY").param("reason", "Runs the shelter"));

        var analysis = page(get("/plans/" + fixture.planId + "/stakeholders").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(analysis.select("#stakeholder-grid svg circle")).hasSize(2);
        assertThat(analysis.select("#placement-" + fixture.police).text()).contains("5", "4", "Manage closely",
                "Leads identification");
        assertThat(analysis.select("#placement-" + fixture.shelter).text()).contains("Manage closely",
                "usually: Keep informed");
    }

    @Test
    void badCommentsAreRefusedNamingTheFieldAndKeepingTheText() throws Exception {
        var empty = page(post("/consultations/" + fixture.round + "/comments").with(csrf())
                .with(TestSignIn.as(fixture.policeFocalPoint)).param("comment-a-" + fixture.activity, "  "));
        assertThat(empty.select(".flash.problem").text()).contains("Comments: write a comment on at least one element.");

        var foreign = page(post("/consultations/" + fixture.round + "/comments").with(csrf())
                .with(TestSignIn.as(fixture.policeFocalPoint)).param("comment-a-999999999", "Elsewhere")
                .param("comment-i-" + fixture.indicator, "Kept text"));
        assertThat(foreign.select(".flash.problem").text()).contains("“a-999999999” is not an element of this plan");
        assertThat(foreign.selectFirst("#comment-i-" + fixture.indicator).text()).isEqualTo("Kept text");

        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            consultations.close(fixture.round, consultations.round(fixture.round).version());
        } finally {
            TestSignIn.clear();
        }
        var closed = page(get("/consultations/" + fixture.round).with(TestSignIn.as(fixture.policeFocalPoint)));
        assertThat(closed.select("#comment-form")).isEmpty();
        assertThat(closed.select("#not-taking").text()).isEqualTo("This consultation no longer takes comments.");
        var late = page(post("/consultations/" + fixture.round + "/comments").with(csrf())
                .with(TestSignIn.as(fixture.policeFocalPoint)).param("comment-a-" + fixture.activity, "Too late"));
        assertThat(late.select(".flash.problem").text()).contains("it takes no more comments");
    }

    @Test
    void aDispositionOtherThanAcceptedNeedsAReasonAndTheReportShowsEveryDecision() throws Exception {
        var refused = page(post("/consultations/comments/" + fixture.policeComment + "/disposition").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER)).param("version", "0").param("disposition", "REJECTED")
                .param("note", "Kept note"));
        assertThat(refused.select(".flash.problem").text()).contains("Reason: say why the comment is not accepted whole.");
        assertThat(refused.selectFirst("#note").text()).isEqualTo("Kept note");
        var missing = page(post("/consultations/comments/" + fixture.policeComment + "/disposition").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER)).param("version", "0"));
        assertThat(missing.select(".flash.problem").text()).contains("Disposition: Choose accepted, partly accepted or rejected.");

        mvc.perform(post("/consultations/comments/" + fixture.policeComment + "/disposition").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER)).param("version", "0").param("disposition", "PARTLY_ACCEPTED")
                .param("reason", "Only the southern crossings are in scope"));

        var report = page(get("/consultations/" + fixture.round + "/report").with(TestSignIn.as(Role.COORDINATOR)));
        assertThat(report.select("#report-comment-" + fixture.policeComment).text()).contains(
                "Add the border crossings of the south.", "partly accepted", "Only the southern crossings are in scope");
        assertThat(report.select("#element-a-" + fixture.activity + " .changed")).hasSize(1);
        var csv = mvc.perform(get("/consultations/" + fixture.round + "/report.csv").with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("A1.1.1", "Train border police", "partly accepted");
        // the focal point sees the office's answer beside their comment
        var own = page(get("/consultations/" + fixture.round).with(TestSignIn.as(fixture.policeFocalPoint)));
        assertThat(own.select("#comment-" + fixture.policeComment).text()).contains("partly accepted",
                "Only the southern crossings are in scope");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'consultation-comment' and entity_id = ?")
                .param(fixture.policeComment).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theOfficeOpensARoundWithAnOutsideOrganisationAndSeesItsLinkOnce() throws Exception {
        var refused = page(post("/plans/" + fixture.planId + "/consultations/new").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER)).param("title", "Second draft")
                .param("opensOn", java.time.LocalDate.now().toString())
                .param("closesOn", java.time.LocalDate.now().minusDays(1).toString())
                .param("outsideNames", "Women's network").param("outsideEmails", ""));
        assertThat(refused.select(".flash.problem").text()).contains(
                "The closing date comes before the opening date.",
                "Outside organisation 1: enter the e-mail address the link goes to.");
        assertThat(refused.select("input[name=outsideNames]").first().val()).isEqualTo("Women's network");

        var opened = mvc.perform(post("/plans/" + fixture.planId + "/consultations/new").with(csrf())
                .with(TestSignIn.as(Role.ME_OFFICER)).param("title", "Second draft")
                .param("opensOn", java.time.LocalDate.now().toString())
                .param("closesOn", java.time.LocalDate.now().plusDays(10).toString())
                .param("invited", String.valueOf(fixture.shelter))
                .param("outsideNames", "Women's network").param("outsideEmails", "network@example.org")).andReturn();
        var location = opened.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/consultations/");
        var links = (java.util.List<?>) opened.getFlashMap().get("issuedLinks");
        assertThat(links).hasSize(1);
        long round = Long.parseLong(location.substring(location.lastIndexOf('/') + 1).replaceAll("[^0-9].*$", ""));
        var hashes = jdbc.sql("select token_hash from consultation_link where round_id = ? and organisation = "
                + "'Women''s network'").param(round).query(String.class).list();
        assertThat(hashes).hasSize(1).allMatch(h -> h.length() == 64);
        assertThat(links.get(0).toString()).doesNotContain(hashes.get(0));
    }
}
