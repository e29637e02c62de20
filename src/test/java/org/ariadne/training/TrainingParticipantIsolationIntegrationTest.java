package org.ariadne.training;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * Two participants in one installation (issue 19): the second participant's office and focal points never meet the
 * first one's trainings, needs, planned trainings, trainers or indicator links, by address (404), in lists, downloads,
 * the search box or the choice lists; a plan's indicator computed from trainings counts its own participant's
 * trainings only; the regional body's staff (no participant) see both.
 */
@AriadneIntegrationTest
class TrainingParticipantIsolationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingIndicators indicators;

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
    SignedInUser otherFocalPoint;
    SignedInUser regional;

    @BeforeEach
    void twoParticipants() {
        var code = Unique.username("t");
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
        homePlan = plan(Unique.name("Home capacity plan"), homePolice);
        otherPlan = plan(Unique.name("Other capacity plan"), otherPolice);
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(second, otherPlan.id()).update();
        jdbc.sql("update institution set participant_id = ? where id = ?").params(second, otherPolice).update();
        homeOfficer = TestSignIn.userOf(ParticipantScope.HOME, Unique.username("me-home"), null, Role.ME_OFFICER);
        otherOfficer = TestSignIn.userOf(second, Unique.username("me-other"), null, Role.ME_OFFICER);
        otherCoordinator = TestSignIn.userOf(second, Unique.username("co-other"), null, Role.COORDINATOR);
        otherFocalPoint = TestSignIn.userOf(second, Unique.username("fp-other"), otherPolice, Role.FOCAL_POINT);
        regional = TestSignIn.userOf(null, Unique.username("regional"), null, Role.COORDINATOR);
    }

    private BuiltPlan plan(String title, long police) {
        return testPlans.build(aPlan().named(title).running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Skills")
                .withActivity(anActivity("A1.1.1", "Train the police").ledBy(police)
                        .withIndicator(anIndicator("Professionals trained"))));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String body(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long created(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var location = mvc.perform(request.with(TestSignIn.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.replaceAll("^.*?(\\d+)[^\\d]*$", "$1"));
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

    private MockHttpServletRequestBuilder training(String module, long institution, int women, int men) {
        return post("/trainings/new").param("institutionId", Long.toString(institution)).param("module", module)
                .param("topic", "IDENTIFICATION").param("targetGroup", "POLICE")
                .param("startsOn", LocalDate.now().minusDays(10).toString())
                .param("endsOn", LocalDate.now().minusDays(9).toString()).param("place", "Academy")
                .param("counts[0].institutionId", Long.toString(institution)).param("counts[0].role", "Officers")
                .param("counts[0].women", Integer.toString(women)).param("counts[0].men", Integer.toString(men));
    }

    private MockHttpServletRequestBuilder trainer(String name) {
        return post("/trainers/new").param("name", name).param("institutionId", "").param("expertise", "")
                .param("certifications[0].topic", "NRM_SOPS").param("certifications[0].issuedOn", "2024-01-10")
                .param("certifications[0].expiresOn", LocalDate.now().plusYears(1).toString())
                .param("certifications[0].certifyingBody", "Academy");
    }

    /** The first participant's training, need, planned training, trainer and indicator link. */
    private record HomeRecords(String module, long training, long need, String plannedModule, long planned,
            String trainerName, long trainer, long link) {
    }

    private HomeRecords homeRecords() throws Exception {
        var module = Unique.name("Home module");
        long training = created(homeOfficer, training(module, homePolice, 7, 5));
        long need = created(homeOfficer, post("/trainings/needs/new").param("institutionId", Long.toString(homePolice))
                .param("targetGroup", "POLICE").param("topic", "TRANSNATIONAL_REFERRAL").param("priority", "HIGH")
                .param("staffToTrain", "30").param("year", Integer.toString(year)).param("note", ""));
        var plannedModule = Unique.name("Home planned");
        long planned = created(homeOfficer, post("/trainings/plan/new").param("year", Integer.toString(year))
                .param("quarter", "3").param("module", plannedModule).param("topic", "TRANSNATIONAL_REFERRAL")
                .param("targetGroup", "POLICE").param("places", "20").param("institutionIds", Long.toString(homePolice)));
        var trainerName = Unique.name("Home trainer");
        long trainer = created(homeOfficer, trainer(trainerName));
        long indicator = homePlan.indicator("Professionals trained");
        mvc.perform(post("/trainings/indicators").param("indicatorId", Long.toString(indicator))
                .param("targetGroup", "POLICE").with(TestSignIn.as(homeOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long link = jdbc.sql("select id from training_indicator_link where indicator_id = ?").param(indicator)
                .query(Long.class).single();
        return new HomeRecords(module, training, need, plannedModule, planned, trainerName, trainer, link);
    }

    @Test
    void theSecondParticipantGets404OnEveryAddressOfTheFirstParticipantsCapacityBuilding() throws Exception {
        var home = homeRecords();
        for (var person : new SignedInUser[] {otherOfficer, otherCoordinator, otherFocalPoint}) {
            for (var address : new String[] {"/trainings/" + home.training(), "/trainings/" + home.training() + "/edit",
                    "/trainings/" + home.training() + "/participants", "/trainings/needs/" + home.need() + "/edit",
                    "/trainings/plan/" + home.planned() + "/edit", "/trainers/" + home.trainer() + "/edit"}) {
                mvc.perform(get(address).with(TestSignIn.as(person))).andExpect(status().isNotFound());
            }
        }
        mvc.perform(post("/trainings/indicator-links/" + home.link() + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/trainings/" + home.training() + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/trainers/" + home.trainer() + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        assertThat(body(homeOfficer, get("/trainings/" + home.training()))).contains(home.module());
        assertThat(jdbc.sql("select count(*) from trainer where id = ?").param(home.trainer()).query(Integer.class)
                .single()).isEqualTo(1);
    }

    @Test
    void listsDownloadsSearchAndChoicesOfTheSecondParticipantShowOnlyItsOwnRecords() throws Exception {
        var home = homeRecords();
        var ownModule = Unique.name("Other module");
        long own = created(otherOfficer, training(ownModule, otherPolice, 3, 1));

        var hidden = new String[] {home.module(), home.plannedModule(), home.trainerName(), homePoliceName,
                homePlan.title()};
        for (var address : new String[] {"/trainings", "/trainings/needs", "/trainings/plan", "/trainers",
                "/trainings/indicators", "/trainings/needs.csv", "/trainings/plan.csv", "/trainers.csv",
                "/trainings/indicators.csv", "/trainings/figures.csv", "/trainings/new", "/trainings/plan/new",
                "/trainings/needs/new", "/trainers/new"}) {
            assertThat(body(otherOfficer, get(address))).as(address).doesNotContain(hidden);
        }
        assertThat(body(otherCoordinator, get("/trainings"))).contains(ownModule);
        assertThat(body(otherFocalPoint, get("/trainings"))).contains(ownModule).doesNotContain(home.module());
        assertThat(body(otherOfficer, get("/trainings/new"))).contains(otherPoliceName);
        assertThat(body(otherOfficer, get("/trainings/indicators"))).contains(otherPlan.title());
        assertThat(body(otherCoordinator, get("/search").param("q", home.module())))
                .doesNotContain("href=\"/trainings/" + home.training() + "\"");
        assertThat(body(otherCoordinator, get("/search").param("q", ownModule)))
                .contains("href=\"/trainings/" + own + "\"");

        // the figures everyone reads count the second participant's 4 trainees, not the first one's 12
        assertThat(body(otherOfficer, get("/trainings/figures.csv"))).contains(",,3,1,4");

        // a foreign institution or trainer posted anyway is refused
        var refused = body(otherOfficer, training(Unique.name("Foreign"), homePolice, 1, 1).with(csrf()));
        assertThat(refused).contains("flash problem");
        var foreignTrainer = body(otherOfficer, training(Unique.name("Foreign trainer"), otherPolice, 1, 1)
                .param("trainerIds", Long.toString(home.trainer())).with(csrf()));
        assertThat(foreignTrainer).contains("flash problem");
        assertThat(jdbc.sql("select participant_id from training where id = ?").param(own).query(Long.class).single())
                .as("a new training belongs to its maker's participant").isEqualTo(second);
    }

    @Test
    void aPlansIndicatorComputedFromTrainingsCountsOnlyItsParticipantsTrainings() throws Exception {
        homeRecords();
        created(otherOfficer, training(Unique.name("Other module"), otherPolice, 3, 1));
        long indicator = otherPlan.indicator("Professionals trained");
        mvc.perform(post("/trainings/indicators").param("indicatorId", Long.toString(indicator))
                .param("targetGroup", "POLICE").with(TestSignIn.as(otherOfficer)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        var from = LocalDate.now().minusDays(30);
        var to = LocalDate.now();
        var figure = as(otherOfficer, () -> indicators.computed(indicator, from, to)).orElseThrow();
        assertThat(figure.total()).isEqualTo(4);
        assertThat(figure.women()).isEqualTo(3);
        // the same figure when the report asks without a person (the port has no read rule)
        assertThat(indicators.computed(indicator, from, to).orElseThrow().total()).isEqualTo(4);
    }

    @Test
    void thoseWhoWorkAcrossParticipantsSeeBoth() throws Exception {
        var home = homeRecords();
        var ownModule = Unique.name("Other module");
        long own = created(otherOfficer, training(ownModule, otherPolice, 3, 1));
        assertThat(body(regional, get("/trainings"))).contains(home.module(), ownModule);
        assertThat(body(regional, get("/trainings/" + home.training()))).contains(home.module());
        assertThat(body(regional, get("/trainings/" + own))).contains(ownModule);
        assertThat(body(regional, get("/trainers"))).contains(home.trainerName());
    }
}
