package org.ariadne.stakeholders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reaches the stakeholder pages: every URL of the module asked by every role. The office keeps everything; the
 * police's focal point (invited) keeps the police's contacts, reads the round and comments; the shelter's focal
 * point (not invited) is told none of it exists; members, evaluators, victim-data officers and administrators are
 * refused everything; nobody signed in is sent to sign in, except on an outside organisation's link, which answers
 * whoever holds it. Then the single-use link: it takes comments once and then says it was used; once the round
 * closes it says it has expired; both with 410 Gone.
 */
@AriadneIntegrationTest
class StakeholderAccessIntegrationTest {

    enum Who {
        ANONYMOUS, ADMINISTRATOR, COORDINATOR, ME_OFFICER, FOCAL_POINT_OWN, FOCAL_POINT_OTHER, MEMBER, EVALUATOR,
        VICTIM_DATA_OFFICER
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Contacts contacts;
    @Autowired
    Consultations consultations;
    @Autowired
    StakeholderAnalysis analysis;

    StakeholderFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new StakeholderFixture(testPlans, contacts, consultations);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void everyRoleGetsTheAnswerItShouldOnEveryUrl() throws Exception {
        var f = fixture;
        var police = f.police;
        placePolice();
        // ok = allowed (2xx, or a redirect elsewhere than sign-in), no = 403/404, in = sent to sign in
        //                              anon adm  coo  off  own  oth  mem  eva  vic
        var rows = List.of(
                row("GET /stakeholders/contacts", () -> get("/stakeholders/contacts"),
                        "in no ok ok no no no no no"),
                row("GET contacts of the police", () -> get("/stakeholders/institutions/" + police + "/contacts"),
                        "in no ok ok ok no no no no"),
                row("GET new contact", () -> get("/stakeholders/institutions/" + police + "/contacts/new"),
                        "in no ok ok ok no no no no"),
                row("POST new contact (empty)", () -> post("/stakeholders/institutions/" + police + "/contacts/new")
                        .param("name", ""), "in no ok ok ok no no no no"),
                row("GET edit contact", () -> get("/stakeholders/contacts/" + f.consentingContact + "/edit"),
                        "in no ok ok ok no no no no"),
                row("POST edit contact (stale)", () -> post("/stakeholders/contacts/" + f.consentingContact + "/edit")
                        .param("version", "99").param("name", "Arta"), "in no ok ok ok no no no no"),
                row("POST delete contact (stale)", () -> post("/stakeholders/contacts/" + f.consentingContact
                        + "/delete").param("version", "99"), "in no ok ok ok no no no no"),
                row("GET analysis", () -> get("/plans/" + f.planId + "/stakeholders"),
                        "in no ok ok no no no no no"),
                row("POST placement (empty)", () -> post("/plans/" + f.planId + "/stakeholders").param("reason", ""),
                        "in no ok ok no no no no no"),
                row("POST remove placement", () -> {
                    placePolice();
                    return post("/plans/" + f.planId + "/stakeholders/" + police + "/remove");
                }, "in no ok ok no no no no no"),
                row("GET rounds", () -> get("/plans/" + f.planId + "/consultations"),
                        "in no ok ok ok ok no no no"),
                row("GET new round", () -> get("/plans/" + f.planId + "/consultations/new"),
                        "in no ok ok no no no no no"),
                row("POST new round (empty)", () -> post("/plans/" + f.planId + "/consultations/new")
                        .param("title", ""), "in no ok ok no no no no no"),
                row("GET round", () -> get("/consultations/" + f.round), "in no ok ok ok no no no no"),
                row("POST comments (empty)", () -> post("/consultations/" + f.round + "/comments")
                        .param("comment-a-" + f.activity, ""), "in no no no ok no no no no"),
                row("POST link (empty)", () -> post("/consultations/" + f.round + "/links").param("organisation", ""),
                        "in no ok ok no no no no no"),
                row("POST revoke link", () -> post("/consultations/" + f.round + "/links/" + f.link.id() + "/revoke"),
                        "in no ok ok no no no no no"),
                row("GET disposition", () -> get("/consultations/comments/" + f.policeComment + "/disposition"),
                        "in no ok ok no no no no no"),
                row("POST disposition (stale)", () -> post("/consultations/comments/" + f.policeComment
                        + "/disposition").param("version", "99").param("disposition", "ACCEPTED"),
                        "in no ok ok no no no no no"),
                row("POST close (stale)", () -> post("/consultations/" + f.round + "/close").param("version", "99"),
                        "in no ok ok no no no no no"),
                row("GET report", () -> get("/consultations/" + f.round + "/report"), "in no ok ok no no no no no"),
                row("GET report.csv", () -> get("/consultations/" + f.round + "/report.csv"),
                        "in no ok ok no no no no no"),
                row("GET report.xlsx", () -> get("/consultations/" + f.round + "/report.xlsx"),
                        "in no ok ok no no no no no"));
        var wrong = new ArrayList<String>();
        for (var row : rows) {
            for (var who : Who.values()) {
                var request = row.request().get().with(csrf());
                var user = user(who);
                if (user != null) {
                    request.with(TestSignIn.as(user));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                var got = outcome(response.getStatus(), response.getRedirectedUrl());
                if (!got.equals(row.expected().get(who))) {
                    wrong.add(row.name() + " as " + who + ": expected " + row.expected().get(who) + ", got " + got
                            + " (" + response.getStatus() + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFocalPointOfAnotherInstitutionNeverSeesTheRoundNorTheOtherComments() throws Exception {
        var list = Jsoup.parse(mvc.perform(get("/plans/" + fixture.planId + "/consultations")
                .with(TestSignIn.as(fixture.shelterFocalPoint))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.select("#round-list")).isEmpty();
        assertThat(list.text()).doesNotContain("Consultation on the draft");

        // a second invited institution comments: the police's focal point still sees only the police's comment
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long other;
        try {
            var opened = consultations.open(fixture.planId, new RoundCommand("Second round", null,
                    java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(5),
                    java.util.Set.of(fixture.police, fixture.shelter), List.of(), List.of()));
            other = opened.id();
        } finally {
            TestSignIn.clear();
        }
        StakeholderFixture.as(fixture.shelterFocalPoint, () -> consultations.comment(other,
                Map.of("a-" + fixture.activity, "Shelter comment not for the police")));
        StakeholderFixture.as(fixture.policeFocalPoint, () -> consultations.comment(other,
                Map.of("so-" + fixture.strategic, "Police comment")));
        var page = mvc.perform(get("/consultations/" + other).with(TestSignIn.as(fixture.policeFocalPoint)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Police comment").doesNotContain("Shelter comment not for the police");
    }

    @Test
    void theSingleUseLinkTakesCommentsOnceAndThenSaysItWasUsed() throws Exception {
        var path = fixture.link.path();
        var first = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(first.getContentAsString(StandardCharsets.UTF_8))
                .select("#comment-a-" + fixture.activity)).hasSize(1);

        var sent = mvc.perform(post(path).with(csrf()).param("comment-a-" + fixture.activity, "From the NGO"))
                .andReturn();
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo(path);
        var thanks = mvc.perform(get(path).flashAttr("thanks", 1)).andReturn().getResponse();
        assertThat(thanks.getStatus()).isEqualTo(200);
        assertThat(thanks.getContentAsString(StandardCharsets.UTF_8)).contains("Thank you");

        var again = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(410);
        var gone = Jsoup.parse(again.getContentAsString(StandardCharsets.UTF_8));
        assertThat(gone.select("h1").text()).isEqualTo("This link has been used");
        assertThat(gone.select("textarea")).isEmpty();
        var secondSend = mvc.perform(post(path).with(csrf()).param("comment-a-" + fixture.activity, "Once more"))
                .andReturn().getResponse();
        assertThat(secondSend.getStatus()).isEqualTo(410);

        var albanian = mvc.perform(get(path).param("lang", "sq")).andReturn().getResponse();
        assertThat(albanian.getStatus()).isEqualTo(410);
        assertThat(Jsoup.parse(albanian.getContentAsString(StandardCharsets.UTF_8)).select("h1").text())
                .isEqualTo("Kjo lidhje është përdorur");

        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            assertThat(consultations.comments(fixture.round)).extracting(CommentView::text)
                    .containsExactly("Add the border crossings of the south.", "From the NGO");
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void onceTheRoundClosesTheLinkSaysItHasExpired() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            consultations.close(fixture.round, consultations.round(fixture.round).version());
        } finally {
            TestSignIn.clear();
        }
        var response = mvc.perform(get(fixture.link.path())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(410);
        var page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("This link has expired");
        assertThat(page.text()).doesNotContain("Train border police");
        assertThat(mvc.perform(post(fixture.link.path()).with(csrf()).param("comment-a-" + fixture.activity, "Late"))
                .andReturn().getResponse().getStatus()).isEqualTo(410);
        // a token nobody was given is simply not found
        assertThat(mvc.perform(get("/consult/" + "x".repeat(43))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private void placePolice() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            analysis.place(fixture.planId, new PlacementCommand(fixture.police, 5, 4, null, "Leads identification"));
        } finally {
            TestSignIn.clear();
        }
    }

    private SignedInUser user(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case FOCAL_POINT_OWN -> fixture.policeFocalPoint;
            case FOCAL_POINT_OTHER -> fixture.shelterFocalPoint;
            default -> TestSignIn.user(who.name().toLowerCase(java.util.Locale.ROOT), null, Role.valueOf(who.name()));
        };
    }

    private static String outcome(int status, String location) {
        if (status == 401 || status / 100 == 3 && location != null && location.matches("(https?://[^/]+)?/login.*")) {
            return "in";
        }
        if (status == 403 || status == 404) {
            return "no";
        }
        if (status / 100 == 2 || status / 100 == 3 || status == 400 || status == 409 || status == 422) {
            return "ok";
        }
        return "!!";
    }

    private static Row row(String name, Supplier<MockHttpServletRequestBuilder> request, String answers) {
        var expected = new EnumMap<Who, String>(Who.class);
        var parts = answers.split("\\s+");
        for (var who : Who.values()) {
            expected.put(who, parts[who.ordinal()]);
        }
        return new Row(name, request, expected);
    }

    private record Row(String name, Supplier<MockHttpServletRequestBuilder> request, Map<Who, String> expected) {
    }
}
