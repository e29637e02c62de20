package org.ariadne.recommendations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two participants in one installation (issue 19): recommendations are addressed to one country, so the second
 * participant's people never meet the first one's sources, recommendations, follow-up notes or proposals, by address
 * (404), in the tracker, its downloads and Word export, the search box or the choice lists; an import lands in the
 * importer's participant and matches its institutions only; the regional body's staff (no participant) see both.
 */
@AriadneIntegrationTest
class RecommendationsParticipantIsolationIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recommendations recommendations;

    int year = LocalDate.now().getYear();
    long second;
    long homePolice;
    long otherPolice;
    String homePoliceName;
    String otherPoliceName;
    BuiltPlan homePlan;
    BuiltPlan otherPlan;
    SignedInUser homeOfficer;
    SignedInUser otherOfficer;
    SignedInUser otherCoordinator;
    SignedInUser otherMember;
    SignedInUser otherFocalPoint;
    SignedInUser regional;

    @BeforeEach
    void twoParticipants() {
        var code = Unique.username("r");
        jdbc.sql("insert into participant (code, name, created_at, updated_at)"
                + " values (?, ?, current_timestamp, current_timestamp)").params(code, "Participant " + code).update();
        second = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        homePoliceName = Unique.name("Home police");
        otherPoliceName = Unique.name("Other police");
        homePolice = testPlans.institution(homePoliceName, InstitutionType.POLICE);
        otherPolice = testPlans.institution(otherPoliceName, InstitutionType.POLICE);
        // the kit makes each name unique with a suffix of its own
        homePoliceName = jdbc.sql("select name from institution where id = ?").param(homePolice).query(String.class)
                .single();
        otherPoliceName = jdbc.sql("select name from institution where id = ?").param(otherPolice)
                .query(String.class).single();
        homePlan = plan(Unique.name("Home plan"), homePolice);
        otherPlan = plan(Unique.name("Other plan"), otherPolice);
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(second, otherPlan.id()).update();
        jdbc.sql("update institution set participant_id = ? where id = ?").params(second, otherPolice).update();
        homeOfficer = TestSignIn.userOf(ParticipantScope.HOME, Unique.username("me-home"), null, Role.ME_OFFICER);
        otherOfficer = TestSignIn.userOf(second, Unique.username("me-other"), null, Role.ME_OFFICER);
        otherCoordinator = TestSignIn.userOf(second, Unique.username("co-other"), null, Role.COORDINATOR);
        otherMember = TestSignIn.userOf(second, Unique.username("mb-other"), null, Role.MEMBER);
        otherFocalPoint = TestSignIn.userOf(second, Unique.username("fp-other"), otherPolice, Role.FOCAL_POINT);
        regional = TestSignIn.userOf(null, Unique.username("regional"), null, Role.COORDINATOR);
    }

    private BuiltPlan plan(String title, long police) {
        return testPlans.build(aPlan().named(title).running(year - 1, year + 2)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train the police in identification").ledBy(police)));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static <T> T as(SignedInUser user, Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            TestSignIn.clear();
        }
    }

    private String body(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The first participant's GRETA round with one recommendation, its follow-up note with a file and a proposal. */
    private record HomeRecords(String sourceName, long source, String text, long recommendation, long note,
            long proposal) {
    }

    private HomeRecords homeRecords() {
        var sourceName = Unique.name("Home GRETA round");
        var text = Unique.name("Home recommendation");
        return as(homeOfficer, () -> {
            long source = recommendations.createSource(new SourceCommand(homePlan.id(), SourceKind.GRETA, sourceName,
                    "third", year, LocalDate.of(year, 1, 15)));
            long recommendation = recommendations.create(source, new RecommendationCommand(text, "", "", "", "§ 1",
                    null, Priority.HIGH, List.of(homePolice), RecommendationStatus.NOT_ADDRESSED, null, null));
            long note = recommendations.addFollowUp(recommendation, new FollowUpCommand(year, "Trained 40 officers",
                    "", ""), new EvidenceFile("list.pdf", "application/pdf", PDF));
            recommendations.propose(recommendation, recommendations.get(recommendation).version(), new ProposalCommand(Unique.name("Home proposal"), homePolice,
                    year + 1));
            long proposal = jdbc.sql("select id from recommendation_proposal where recommendation_id = ?")
                    .param(recommendation).query(Long.class).single();
            return new HomeRecords(sourceName, source, text, recommendation, note, proposal);
        });
    }

    private long otherRecommendation(String text) {
        return as(otherOfficer, () -> {
            long source = recommendations.createSource(new SourceCommand(otherPlan.id(), SourceKind.US_TIP,
                    Unique.name("Other TIP report"), null, year, null));
            return recommendations.create(source, new RecommendationCommand(text, "", "", "", "1", null,
                    Priority.MEDIUM, List.of(otherPolice), RecommendationStatus.NOT_ADDRESSED, null, null));
        });
    }

    @Test
    void theSecondParticipantGets404OnEveryAddressOfTheFirstParticipantsTracker() throws Exception {
        var home = homeRecords();
        for (var person : new SignedInUser[] {otherOfficer, otherCoordinator, otherMember, otherFocalPoint}) {
            for (var address : new String[] {"/recommendations/" + home.recommendation(),
                    "/recommendations/" + home.recommendation() + "/edit",
                    "/recommendations/" + home.recommendation() + "/response",
                    "/recommendations/sources/" + home.source(), "/recommendations/sources/" + home.source() + "/edit",
                    "/recommendations/sources/" + home.source() + "/new",
                    "/recommendations/follow-ups/" + home.note() + "/file"}) {
                mvc.perform(get(address).with(TestSignIn.as(person))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(get("/recommendations/export.docx").param("source", Long.toString(home.source()))
                .param("year", Integer.toString(year)).with(TestSignIn.as(otherCoordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/recommendations/" + home.recommendation() + "/proposals/" + home.proposal() + "/remove")
                .param("version", "2").with(csrf()).with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/recommendations/follow-ups/" + home.note() + "/delete").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/recommendations/" + home.recommendation() + "/delete").param("version", "2").with(csrf())
                .with(TestSignIn.as(otherCoordinator))).andExpect(status().isNotFound());
        assertThat(body(homeOfficer, get("/recommendations/" + home.recommendation()))).contains(home.text());
        mvc.perform(get("/recommendations/follow-ups/" + home.note() + "/file").with(TestSignIn.as(homeOfficer)))
                .andExpect(status().isOk());
    }

    @Test
    void theTrackerItsDownloadsSearchAndChoicesShowOnlyTheParticipantsOwnRecommendations() throws Exception {
        var home = homeRecords();
        var ownText = Unique.name("Other recommendation");
        long own = otherRecommendation(ownText);

        var hidden = new String[] {home.text(), home.sourceName(), homePoliceName, homePlan.title()};
        for (var address : new String[] {"/recommendations", "/recommendations.csv", "/recommendations.xlsx",
                "/recommendations/export", "/recommendations/sources/new", "/recommendations/import"}) {
            var shown = address.endsWith(".xlsx") ? "" : body(otherCoordinator, get(address));
            if (address.endsWith(".xlsx")) {
                mvc.perform(get(address).with(TestSignIn.as(otherCoordinator))).andExpect(status().isOk());
                continue;
            }
            assertThat(shown).as(address).doesNotContain(hidden);
        }
        assertThat(body(otherCoordinator, get("/recommendations"))).contains(ownText);
        assertThat(body(otherCoordinator, get("/recommendations.csv"))).contains(ownText);
        assertThat(body(otherMember, get("/recommendations").param("plan", Long.toString(homePlan.id()))))
                .as("a foreign plan in the filter shows nothing of it").doesNotContain(home.text());
        assertThat(body(otherCoordinator, get("/recommendations/" + own + "/edit"))).contains(otherPoliceName)
                .doesNotContain(homePoliceName);
        assertThat(body(otherCoordinator, get("/recommendations/sources/new"))).contains(otherPlan.title());
        assertThat(body(otherMember, get("/search").param("q", home.text())))
                .doesNotContain("href=\"/recommendations/" + home.recommendation() + "\"");
        assertThat(body(otherMember, get("/search").param("q", ownText)))
                .contains("href=\"/recommendations/" + own + "\"");

        // a foreign plan or institution posted anyway is refused
        as(otherOfficer, () -> {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> recommendations.createSource(
                    new SourceCommand(homePlan.id(), SourceKind.GRETA, "Not ours", null, year, null))))
                    .isInstanceOf(RecommendationException.class);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> recommendations.check(
                    new RecommendationCommand("Text", "", "", "", "2", null, Priority.LOW, List.of(homePolice),
                            RecommendationStatus.NOT_ADDRESSED, null, null))))
                    .isInstanceOf(RecommendationException.class);
            return null;
        });
    }

    @Test
    void anImportLandsInTheImportersParticipantAndMatchesItsInstitutionsOnly() throws Exception {
        var csv = ("Recommendation;Priority;Addressed to\nForeign addressee;high;" + homePoliceName + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var foreign = upload(otherOfficer, csv);
        var preview = Jsoup.parse(body(otherOfficer, get(foreign)));
        assertThat(preview.select("#problems").text()).as("the first participant's police is not known here")
                .contains(homePoliceName);
        assertThat(preview.select("#confirm-import").hasAttr("disabled")).isTrue();

        var text = Unique.name("Imported recommendation");
        var url = upload(otherOfficer, ("Recommendation;Priority;Addressed to\n" + text + ";high;" + otherPoliceName
                + "\n").getBytes(StandardCharsets.UTF_8));
        var seen = Jsoup.parse(body(otherOfficer, get(url))).select("input[name=seen]").val();
        var sourceName = Unique.name("Imported TIP");
        var confirmed = mvc.perform(post(url + "/confirm").with(TestSignIn.as(otherOfficer)).with(csrf())
                .param("seen", seen).param("planId", String.valueOf(otherPlan.id())).param("kind", "US_TIP")
                .param("name", sourceName)).andReturn().getResponse();
        assertThat(confirmed.getStatus()).as(Jsoup.parse(confirmed.getContentAsString(StandardCharsets.UTF_8))
                .select(".flash.problem, #problems").text()).isEqualTo(302);

        assertThat(jdbc.sql("select participant_id from recommendation_source where name = ?").param(sourceName)
                .query(Long.class).single()).isEqualTo(second);
        assertThat(body(otherCoordinator, get("/recommendations"))).contains(text);
        assertThat(body(homeOfficer, get("/recommendations"))).doesNotContain(text);

        // into a source of the first participant: refused, nothing imported
        var home = homeRecords();
        var again = upload(otherOfficer, ("Recommendation;Priority;Addressed to\n" + Unique.name("Sneaked in")
                + ";low;" + otherPoliceName + "\n").getBytes(StandardCharsets.UTF_8));
        var seenAgain = Jsoup.parse(body(otherOfficer, get(again))).select("input[name=seen]").val();
        var status = mvc.perform(post(again + "/confirm").with(TestSignIn.as(otherOfficer)).with(csrf())
                .param("seen", seenAgain).param("sourceId", String.valueOf(home.source()))).andReturn().getResponse()
                .getStatus();
        assertThat(status).isIn(200, 404);
        assertThat(jdbc.sql("select count(*) from recommendation where source_id = ?").param(home.source())
                .query(Integer.class).single()).isEqualTo(1);
    }

    private String upload(SignedInUser user, byte[] csv) throws Exception {
        return mvc.perform(multipart("/recommendations/import")
                        .file(new MockMultipartFile("file", "tip.csv", "text/csv", csv)).param("language", "en")
                        .with(TestSignIn.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void thoseWhoWorkAcrossParticipantsSeeBoth() throws Exception {
        var home = homeRecords();
        var ownText = Unique.name("Other recommendation");
        long own = otherRecommendation(ownText);
        assertThat(body(regional, get("/recommendations"))).contains(home.text(), ownText);
        assertThat(body(regional, get("/recommendations/" + home.recommendation()))).contains(home.text());
        assertThat(body(regional, get("/recommendations/" + own))).contains(ownText);
    }
}
