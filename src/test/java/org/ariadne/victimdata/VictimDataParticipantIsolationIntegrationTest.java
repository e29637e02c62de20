package org.ariadne.victimdata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.linkage.Sex;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two participants in one installation (issue 19), each with its own victim register: the other participant's cases
 * do not exist for a participant's officers (404 on every address, out of the list, the export, the access log, the
 * statistics and the figures of its plans' indicators), and the linkage never proposes another participant's case as
 * the same person, however identical the identifying data typed.
 */
@AriadneIntegrationTest
class VictimDataParticipantIsolationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VictimRegister register;
    @Autowired
    VictimStatistics statistics;
    @Autowired
    RegisterIndicators indicators;
    @Autowired
    Institutions institutions;
    @Autowired
    PlanEditing editing;
    @Autowired
    JdbcClient jdbc;

    long second;
    long homePolice;
    long secondPolice;
    SignedInUser homeOfficer;
    SignedInUser secondOfficer;
    SignedInUser secondCoordinator;
    SignedInUser secondMe;
    LocalDate born;

    @BeforeEach
    void twoParticipants() {
        var code = Unique.username("p");
        code = code.substring(Math.max(0, code.length() - 16));
        jdbc.sql("insert into participant (code, name, created_at, updated_at) "
                + "values (?, ?, current_timestamp, current_timestamp)")
                .params(code, Unique.name("Second participant")).update();
        second = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        homePolice = institutions.create(InstitutionCommand.named(Unique.name("Home Police"), InstitutionType.POLICE));
        secondPolice = institutions.create(InstitutionCommand.named(Unique.name("Second Police"),
                InstitutionType.POLICE));
        jdbc.sql("update institution set participant_id = ? where id = ?").params(second, secondPolice).update();
        homeOfficer = TestSignIn.userOf(1L, Unique.username("home-officer"), null, Role.VICTIM_DATA_OFFICER);
        secondOfficer = TestSignIn.userOf(second, Unique.username("second-officer"), null, Role.VICTIM_DATA_OFFICER);
        secondCoordinator = TestSignIn.userOf(second, Unique.username("second-coordinator"), null, Role.COORDINATOR);
        secondMe = TestSignIn.userOf(second, Unique.username("second-me"), null, Role.ME_OFFICER);
        born = LocalDate.of(1950, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static void actAs(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private CaseCommand identification(long institution, LocalDate on) {
        return new CaseCommand(on, institution, institution, CaseStatus.IDENTIFIED, Sex.FEMALE, 24, "al", "Shkodër",
                "Vau i Dejës", CaseScope.INTERNAL, EnumSet.of(ExploitationForm.SEXUAL), on, AssistanceDecision.ACCEPTED,
                on, null, null, null, null, null, EnumSet.of(VictimService.SHELTER), false, "Note of the home case",
                "Mirela", "Kola", born, "Shkodër", "Gjergj", "Lule", "AL" + born.toEpochDay());
    }

    private String body(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestSignIn.as(user))).andReturn().getResponse().getStatus();
    }

    @Test
    void theSamePersonTypedInTheOtherParticipantsRegisterIsNeverProposedAndTheOtherCasesDoNotExist()
            throws Exception {
        actAs(homeOfficer);
        var homeEarlier = register.register(identification(homePolice, LocalDate.of(2019, 3, 10)));
        var homeLater = register.register(identification(homePolice, LocalDate.of(2019, 9, 2)));
        assertThat(homeLater.proposals()).as("within one register the linkage works as before")
                .extracting(MatchProposal::earlierCaseId).contains(homeEarlier.id());

        actAs(secondOfficer);
        var identical = identification(secondPolice, LocalDate.of(2019, 10, 1));
        assertThat(register.earlierMatches(identical)).as("a workbook's preview proposes nothing either").isEmpty();
        var mine = register.register(identical);
        assertThat(mine.proposals()).as("identical identifying data, another participant's register").isEmpty();
        assertThat(register.proposals(mine.id())).isEmpty();
        assertThat(jdbc.sql("select participant_id from victim_case where id = ?").param(mine.id()).query(Long.class)
                .single()).isEqualTo(second);
        assertThatThrownBy(() -> register.link(mine.id(), homeEarlier.reference()))
                .as("linking by the other register's reference: no such case").isInstanceOf(VictimDataException.class);
        assertThatThrownBy(() -> register.open(homeEarlier.id())).isInstanceOf(
                org.ariadne.common.NotFoundException.class);
        assertThatThrownBy(() -> register.registerImported(identification(homePolice, LocalDate.of(2019, 11, 1))))
                .as("a case of the other participant's institution").isInstanceOf(
                        org.ariadne.common.NotFoundException.class);
        TestSignIn.clear();

        var cases = "/victim-data/cases/";
        for (var request : java.util.List.of(get(cases + homeEarlier.id()), get(cases + homeEarlier.id() + "/edit"),
                post(cases + homeLater.id() + "/matches/" + homeEarlier.id() + "/confirm").with(csrf()),
                post(cases + homeLater.id() + "/matches/" + homeEarlier.id() + "/reject").with(csrf()),
                post(cases + mine.id() + "/matches/" + homeEarlier.id() + "/confirm").with(csrf()),
                post(cases + homeLater.id() + "/link").with(csrf()).param("reference", mine.reference()))) {
            assertThat(status(secondOfficer, request)).as(request.toString()).isEqualTo(404);
        }
        assertThat(jdbc.sql("select decision from victim_case_match where case_id = ? and earlier_case_id = ?")
                .params(homeLater.id(), homeEarlier.id()).query(String.class).single())
                .as("the refused decision changed nothing").isEqualTo("PROPOSED");
        assertThat(body(secondOfficer, get(cases + mine.id()))).contains(mine.reference());

        var list = body(secondOfficer, get("/victim-data/cases"));
        var csv = body(secondOfficer, get("/victim-data/cases.csv"));
        assertThat(list).contains(mine.reference()).doesNotContain(homeEarlier.reference())
                .doesNotContain(homeLater.reference());
        assertThat(csv).contains(mine.reference()).doesNotContain(homeEarlier.reference());
        assertThat(body(homeOfficer, get("/victim-data/cases"))).contains(homeEarlier.reference())
                .doesNotContain(mine.reference());

        var log = body(secondCoordinator, get("/victim-data/access-log"));
        assertThat(log).contains(mine.reference()).contains(secondOfficer.getUsername())
                .doesNotContain(homeEarlier.reference()).doesNotContain(homeOfficer.getUsername());
        assertThat(body(secondCoordinator, get("/victim-data/access-log.csv")))
                .doesNotContain(homeOfficer.getUsername());
    }

    @Test
    void theStatisticsExportsAndRegisterFiguresOfAParticipantCountItsOwnCasesOnly() throws Exception {
        actAs(homeOfficer);
        for (int i = 0; i < 3; i++) {
            register.register(identification(homePolice, LocalDate.of(2019, 2, 3 + i)));
        }
        actAs(secondOfficer);
        register.register(identification(secondPolice, LocalDate.of(2019, 2, 20)));

        actAs(secondMe);
        var headline = statistics.headline(StatisticsFilter.none());
        assertThat(headline.cases().value()).as("the second participant's one case").isEqualTo(1L);
        assertThat(headline.persons().value()).isEqualTo(1L);
        assertThat(statistics.years()).containsExactly(2019);
        assertThat(statistics.identifyingInstitutions()).extracting(StatisticsCategory::key)
                .containsExactly(Long.toString(secondPolice));
        assertThat(statistics.eurostat(StatisticsFilter.none(), true).stream()
                .filter(row -> EurostatRow.REGISTERED.equals(row.status()))
                .mapToLong(row -> row.cases().value()).sum()).isEqualTo(1L);
        var export = body(secondMe, get("/victim-data/statistics/export.csv").param("exact", "true"));
        assertThat(export.lines().count()).as("one line of figures beside the heading").isGreaterThan(1);
        assertThat(export).doesNotContain("2020").doesNotContain("2021");

        // a plan of the second participant takes its indicator's figure from its own register only
        actAs(TestSignIn.userOf(second, Unique.username("second-builder"), null, Role.ME_OFFICER));
        var kit = new TestPlans(editing, institutions);
        var plan = kit.build(aPlan().named(Unique.name("Second plan")).running(2018, 2020)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Victims identified")
                .withActivity(anActivity("A1.1.1", "Identify victims").ledBy(secondPolice)
                        .reported(Frequency.QUARTERLY)
                        .withIndicator(anIndicator("Identified victims").reported(Frequency.QUARTERLY)
                                .by(Disaggregation.SEX))));
        jdbc.sql("update action_plan set participant_id = ? where id = ?").params(second, plan.id()).update();
        long indicator = plan.indicator("Identified victims");
        actAs(secondMe);
        long link = indicators.link(new RegisterIndicatorCommand(indicator, RegisterMeasure.IDENTIFIED, true, false));
        var figure = indicators.figure(indicator, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31)).orElseThrow();
        assertThat(figure.total()).as("the home participant's three cases are not counted").isEqualTo(1L);

        var homeMe = TestSignIn.userOf(1L, Unique.username("home-me"), null, Role.ME_OFFICER);
        actAs(homeMe);
        assertThat(indicators.links(2019)).extracting(RegisterIndicatorView::indicatorId).doesNotContain(indicator);
        TestSignIn.clear();
        assertThat(status(homeMe, post("/victim-data/statistics/indicators/" + link + "/delete").with(csrf())
                .param("version", "0"))).isEqualTo(404);
        assertThat(body(homeMe, get("/victim-data/statistics/indicators").param("year", "2019")))
                .doesNotContain("Second plan");
    }
}
