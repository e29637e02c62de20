package org.ariadne.stakeholders;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ariadne.evaluations.EvaluationCommand;
import org.ariadne.evaluations.EvaluationKind;
import org.ariadne.evaluations.EvaluationSummary;
import org.ariadne.evaluations.EvaluationTestKit;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.services.ServiceCommand;
import org.ariadne.services.ServiceException;
import org.ariadne.services.ServiceFilter;
import org.ariadne.services.ServiceType;
import org.ariadne.services.ServiceView;
import org.ariadne.services.Services;
import org.ariadne.services.TargetGroup;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two participants in one installation (issue 19): the services directory, the contacts, the consultation rounds and
 * the evaluations of one participant do not exist for the other's office, coordinator and members (404 on every
 * address, out of every list, download and search), while each keeps and reads its own.
 */
@AriadneIntegrationTest
class DirectoriesAndEvaluationsParticipantIsolationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Contacts contacts;
    @Autowired
    Consultations consultations;
    @Autowired
    Services services;
    @Autowired
    Evaluations evaluations;
    @Autowired
    EvaluationTestKit evaluationKit;
    @Autowired
    JdbcClient jdbc;

    StakeholderFixture home;
    long second;
    long secondPolice;
    long secondPlan;
    long homeService;
    String homeServiceName;
    long homeEvaluation;
    String homeEvaluationTitle;
    long homeMember;
    SignedInUser secondMe;
    SignedInUser secondCoordinator;
    SignedInUser secondMember;

    @BeforeEach
    void twoParticipants() {
        home = new StakeholderFixture(testPlans, contacts, consultations);
        var code = Unique.username("p");
        code = code.substring(Math.max(0, code.length() - 16));
        jdbc.sql("insert into participant (code, name, created_at, updated_at) "
                + "values (?, ?, current_timestamp, current_timestamp)")
                .params(code, Unique.name("Second participant")).update();
        second = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        secondPolice = testPlans.institution("Second Police", InstitutionType.POLICE);
        secondPlan = testPlans.build(aPlan().named("Second plan").running(2026, 2028)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train the police").ledBy(secondPolice))).id();
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(second, secondPlan).update();
        jdbc.sql("update institution set participant_id = ? where id = ?").params(second, secondPolice).update();

        homeServiceName = Unique.name("Home shelter");
        homeService = evaluationKit.asOfficer(() -> services.create(service(homeServiceName, home.police)));
        homeEvaluationTitle = Unique.name("Home mid-term evaluation");
        homeEvaluation = evaluationKit.evaluation(home.planId, homeEvaluationTitle);
        homeMember = evaluationKit.assign(homeEvaluation, evaluationKit.evaluator("Home Evaluator"),
                LocalDate.now().minusDays(1), LocalDate.now().plusMonths(2));

        secondMe = TestSignIn.userOf(second, Unique.username("second-me"), null, Role.ME_OFFICER);
        secondCoordinator = TestSignIn.userOf(second, Unique.username("second-coordinator"), null, Role.COORDINATOR);
        secondMember = TestSignIn.userOf(second, Unique.username("second-member"), null, Role.MEMBER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static ServiceCommand service(String name, long provider) {
        return new ServiceCommand(name, ServiceType.SHELTER, provider, "North", null, 12, Set.of(TargetGroup.WOMEN),
                null, null);
    }

    private int status(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestSignIn.as(user))).andReturn().getResponse().getStatus();
    }

    private String body(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOtherParticipantsServicesContactsConsultationsAndEvaluationsAnswerNotFound() throws Exception {
        var round = "/consultations/" + home.round;
        var evaluation = "/evaluations/" + homeEvaluation;
        var office = List.of(get("/services/" + homeService + "/edit"),
                post("/services/" + homeService + "/edit").with(csrf()).param("version", "0").param("name", "Taken")
                        .param("type", "SHELTER").param("providerId", Long.toString(secondPolice)),
                get("/stakeholders/contacts/" + home.consentingContact + "/edit"),
                post("/stakeholders/contacts/" + home.silentContact + "/delete").with(csrf()).param("version", "0"),
                get(round), get(round + "/report"), get(round + "/report.csv"),
                post(round + "/close").with(csrf()).param("version", "0"),
                post(round + "/links/" + home.link.id() + "/revoke").with(csrf()),
                get("/consultations/comments/" + home.policeComment + "/disposition"),
                get(evaluation), get(evaluation + "/edit"), get(evaluation + "/matrix.csv"),
                get(evaluation + "/team/" + homeMember + "/edit"));
        for (var request : office) {
            assertThat(status(secondMe, request)).as(request.toString()).isEqualTo(404);
        }
        for (var request : List.of(get(round), get(round + "/report"), get(evaluation))) {
            assertThat(status(secondCoordinator, request)).as(request.toString()).isEqualTo(404);
        }
        assertThat(status(secondMember, get(evaluation))).isEqualTo(404);

        assertThat(jdbc.sql("select count(*) from stakeholder_contact where id = ?").param(home.silentContact)
                .query(Integer.class).single()).as("the refused delete deleted nothing").isEqualTo(1);
        assertThat(jdbc.sql("select name from support_service where id = ?").param(homeService).query(String.class)
                .single()).isEqualTo(homeServiceName);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(consultations.round(home.round).status()).as("the refused close closed nothing")
                .isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void listsDownloadsSearchAndPickersShowOnlyTheParticipantsOwnRecords() throws Exception {
        for (var user : List.of(secondMe, secondMember)) {
            assertThat(body(user, get("/services"))).doesNotContain(homeServiceName);
            assertThat(body(user, get("/services.csv"))).doesNotContain(homeServiceName);
            assertThat(body(user, get("/evaluations"))).doesNotContain(homeEvaluationTitle);
            assertThat(body(user, get("/search").param("q", homeEvaluationTitle)))
                    .doesNotContain("\"/evaluations/" + homeEvaluation + "\"");
        }
        assertThat(body(secondMe, get("/stakeholders/contacts"))).doesNotContain("Arta Krasniqi")
                .doesNotContain("Besnik Gashi");
        assertThat(body(secondMe, get("/search").param("q", "Arta Krasniqi")))
                .doesNotContain("#contact-" + home.consentingContact + "\"");
        var homeMe = TestSignIn.userOf(1L, Unique.username("home-me"), null, Role.ME_OFFICER);
        assertThat(body(homeMe, get("/search").param("q", homeEvaluationTitle)))
                .as("the home office finds its own evaluation").contains("\"/evaluations/" + homeEvaluation + "\"");
        assertThat(body(secondMe, get("/search").param("q", "Consultation on the draft")))
                .doesNotContain("\"/consultations/" + home.round + "\"");

        EvaluationTestKit.as(secondMe, () -> {
            assertThat(services.providerChoices()).extracting(InstitutionView::id).contains(secondPolice)
                    .doesNotContain(home.police);
            assertThat(contacts.institutionChoices()).extracting(InstitutionView::id).contains(secondPolice)
                    .doesNotContain(home.police);
            assertThat(evaluations.planChoices()).extracting(plan -> plan.id()).contains(secondPlan)
                    .doesNotContain(home.planId);
            assertThatThrownBy(() -> services.create(service(Unique.name("Taken"), home.police)))
                    .as("another participant's institution named in a form").isInstanceOf(ServiceException.class);
            assertThatThrownBy(() -> contacts.create(home.police, new ContactCommand("Taken", null, null, null,
                    Set.of(), false, null, null))).isInstanceOf(org.ariadne.common.NotFoundException.class);
            return null;
        });
    }

    @Test
    void eachParticipantKeepsAndReadsItsOwnRecords() throws Exception {
        var name = Unique.name("Second shelter");
        long[] ids = new long[3];
        EvaluationTestKit.as(secondMe, () -> {
            ids[0] = services.create(service(name, secondPolice));
            ids[1] = contacts.create(secondPolice, new ContactCommand("Drita Second", "Head", "drita@second.example",
                    null, Set.of(), false, null, null));
            ids[2] = evaluations.create(new EvaluationCommand(secondPlan, null, EvaluationKind.MID_TERM,
                    "Second evaluation", "The office", "Evaluators", true, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31), LocalDate.now().minusMonths(1), null, null, "Terms"));
            assertThat(services.list(ServiceFilter.none())).extracting(ServiceView::name).containsExactly(name);
            assertThat(evaluations.list()).extracting(EvaluationSummary::id).containsExactly(ids[2]);
            return null;
        });
        assertThat(jdbc.sql("select participant_id from support_service where id = ?").param(ids[0])
                .query(Long.class).single()).isEqualTo(second);
        assertThat(jdbc.sql("select participant_id from stakeholder_contact where id = ?").param(ids[1])
                .query(Long.class).single()).isEqualTo(second);

        assertThat(body(secondMe, get("/services"))).contains(name);
        assertThat(body(secondMe, get("/services/" + ids[0] + "/edit"))).contains(name);
        assertThat(body(secondMe, get("/stakeholders/contacts"))).contains("Drita Second");
        assertThat(body(secondMe, get("/stakeholders/contacts/" + ids[1] + "/edit"))).contains("Drita Second");
        assertThat(body(secondCoordinator, get("/evaluations/" + ids[2]))).contains("Second evaluation");

        var homeMe = TestSignIn.userOf(1L, Unique.username("home-me"), null, Role.ME_OFFICER);
        assertThat(status(homeMe, get("/services/" + ids[0] + "/edit"))).isEqualTo(404);
        assertThat(status(homeMe, get("/evaluations/" + ids[2]))).isEqualTo(404);
        assertThat(body(homeMe, get("/services"))).contains(homeServiceName).doesNotContain(name);
        assertThat(body(homeMe, get("/evaluations/" + homeEvaluation))).contains(homeEvaluationTitle);
    }
}
