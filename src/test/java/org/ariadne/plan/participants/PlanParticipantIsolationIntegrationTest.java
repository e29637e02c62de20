package org.ariadne.plan.participants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ariadne.finance.CommitmentCommand;
import org.ariadne.finance.CommitmentKind;
import org.ariadne.finance.ExchangeRateCommand;
import org.ariadne.finance.Funding;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.common.UserFacingException;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.Risks;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.strategy.Strategies;
import org.ariadne.strategy.StrategyCommand;
import org.ariadne.strategy.StrategyKind;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Several participants in one installation, the plan side (issue 19 item 2): a person of one participant finds nothing
 * of another participant's plans, whatever page, download, list, search or API call they try, while their own
 * participant's plans work as before; a person who works across participants sees both.
 */
@AriadneIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanParticipantIsolationIntegrationTest {

    /** Pages about one plan and its elements; {plan}, {so}, {sp}, {activity}, {indicator}, {risk}, {commitment}. */
    private static final List<String> PAGES = List.of(
            "/plans/{plan}", "/plans/{plan}/matrix", "/plans/{plan}/matrix.csv", "/plans/{plan}/export.xlsx",
            "/plans/{plan}/edit", "/plans/{plan}/areas", "/plans/{plan}/versions",
            "/plans/{plan}/dashboard", "/indicators/{indicator}/dashboard", "/plans/{plan}/budget",
            "/plans/{plan}/finance", "/plans/{plan}/quality", "/plans/{plan}/quality.csv", "/plans/{plan}/data-quality",
            "/plans/{plan}/operational-plans", "/plans/{plan}/risks", "/plans/{plan}/risks.csv",
            "/plans/{plan}/scenarios", "/plans/{plan}/iati", "/plans/{plan}/strategic-objectives/new",
            "/strategic-objectives/{so}/edit", "/specific-objectives/{sp}/edit", "/activities/{activity}",
            "/activities/{activity}/edit", "/indicators/{indicator}/edit", "/risks/{risk}/edit",
            "/commitments/{commitment}/edit", "/plans/{plan}/commitments/new",
            "/api/v1/plans/{plan}", "/api/v1/plans/{plan}/indicators", "/api/v1/plans/{plan}/progress");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestPlans testPlans;

    @Autowired
    PlanEditing editing;

    @Autowired
    Risks risks;

    @Autowired
    Funding funding;

    @Autowired
    Strategies strategies;

    @Autowired
    org.ariadne.audit.AuditHistory history;

    @Autowired
    org.ariadne.security.UserAccounts accounts;

    @Autowired
    org.ariadne.plan.ResponsibleAccounts responsibleAccounts;

    @Autowired
    org.ariadne.evaluations.Evaluations evaluations;

    long second;
    long homeInstitution;
    long secondInstitution;
    BuiltPlan home;
    BuiltPlan secondsPlan;
    Map<String, Long> homeIds;
    Map<String, Long> secondIds;
    String homeStrategy;
    String secondStrategy;

    @BeforeAll
    void twoParticipantsEachWithAPlan() {
        var code = Unique.username("p");
        code = code.substring(Math.max(0, code.length() - 16));
        jdbc.sql("insert into participant (code, name, created_at, updated_at) values (?, ?, current_timestamp,"
                + " current_timestamp)").param(code).param(Unique.name("Second participant")).update();
        second = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        homeInstitution = testPlans.institution("Home police", InstitutionType.POLICE);
        secondInstitution = testPlans.institution("Second police", InstitutionType.POLICE);
        // the second institution is the second participant's, whose own office then makes its plan
        jdbc.sql("update institution set participant_id = ? where id = ?").param(second).param(secondInstitution)
                .update();
        home = plan("Isolated home plan", homeInstitution, 1L);
        secondsPlan = plan("Isolated second plan", secondInstitution, second);
        homeIds = idsOf(home);
        secondIds = idsOf(secondsPlan);
        assertThat(jdbc.sql("select participant_id from action_plan where id = ?").param(secondsPlan.id())
                .query(Long.class).single()).as("made by the second participant's officer").isEqualTo(second);
        homeStrategy = strategy(null);
        secondStrategy = strategy(TestSignIn.userOf(second, Unique.username("coord"), null, Role.COORDINATOR));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void everyRoleOfTheSecondParticipantFindsNothingOfTheHomePlanWhereItsOwnPlanWorks() throws Exception {
        for (var role : List.of(Role.ME_OFFICER, Role.COORDINATOR, Role.MEMBER, Role.FOCAL_POINT)) {
            var person = TestSignIn.userOf(second, Unique.username("p2"), role == Role.FOCAL_POINT ? secondInstitution
                    : null, role);
            var checked = new ArrayList<String>();
            for (var page : PAGES) {
                int own = status(person, address(page, secondIds));
                if (own >= 200 && own < 300) {
                    var other = address(page, homeIds);
                    assertThat(status(person, other)).as(role + " of the second participant opens " + other).isEqualTo(404);
                    checked.add(page);
                }
            }
            // a role that opens none of its own plan's pages would prove nothing
            assertThat(checked).as(role + ": pages of its own plan that work").hasSizeGreaterThanOrEqualTo(
                    role == Role.FOCAL_POINT ? 4 : 15);
        }
    }

    @Test
    void listsDownloadsSearchAndTheApiListShowOnlyTheOwnParticipantsPlans() throws Exception {
        var member = TestSignIn.userOf(second, Unique.username("member"), null, Role.MEMBER);
        for (var list : List.of("/plans", "/plans.csv", "/search?q=Isolated", "/api/v1/plans")) {
            var shown = body(member, list);
            assertThat(shown).as(list).contains(secondsPlan.title()).doesNotContain(home.title());
        }
        var strategiesPage = body(member, "/strategies");
        assertThat(strategiesPage).contains(secondStrategy).doesNotContain(homeStrategy);

        var homeMember = TestSignIn.userOf(1L, Unique.username("member"), null, Role.MEMBER);
        assertThat(body(homeMember, "/plans")).contains(home.title()).doesNotContain(secondsPlan.title());
    }

    @Test
    void aPersonWorkingAcrossParticipantsSeesBothPlans() throws Exception {
        var regional = TestSignIn.userOf(null, Unique.username("regional"), null, Role.ME_OFFICER);
        assertThat(body(regional, "/plans")).contains(home.title(), secondsPlan.title());
        assertThat(body(regional, "/strategies")).contains(homeStrategy, secondStrategy);
        assertThat(status(regional, "/plans/" + home.id())).isEqualTo(200);
        assertThat(status(regional, "/plans/" + secondsPlan.id())).isEqualTo(200);
    }

    @Test
    void aDashboardFilterOrAPostedInstitutionOfAnotherParticipantIsRefused() throws Exception {
        var officer = TestSignIn.userOf(second, Unique.username("officer"), null, Role.ME_OFFICER);
        assertThat(status(officer, "/plans/" + secondsPlan.id() + "/dashboard")).isEqualTo(200);
        assertThat(status(officer, "/plans/" + secondsPlan.id() + "/dashboard?institution=" + homeInstitution))
                .isEqualTo(404);
        // the activity form offers the plan's participant's institutions only
        var form = body(officer, "/activities/" + secondIds.get("activity") + "/edit");
        assertThat(form).contains("value=\"" + secondInstitution + "\"").doesNotContain("value=\"" + homeInstitution + "\"");

        asThread(officer);
        var command = anActivity("A1.1.9", "Posted with another's institution").ledBy(homeInstitution).toCommand();
        // another participant's institution is not in this person's directory: unknown, as if it did not exist
        assertThatThrownBy(() -> editing.addActivity(secondIds.get("sp"), command))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> assertThat(refused.messageKey())
                        .isIn("plan.error.unknown-institution", "plan.error.other-participant-institution"));
    }

    @Test
    void newPlansStrategiesAndRatesTakeThePersonsParticipantAndRatesAreEachParticipantsOwn() {
        var officer = TestSignIn.userOf(second, Unique.username("officer"), null, Role.ME_OFFICER);
        asThread(officer);
        long plan = editing.createPlan(new PlanCommand(Unique.name("Stamped plan"), null, null, null, 2025, 2027,
                PlanStatus.DRAFT));
        assertThat(participantOf("action_plan", plan)).isEqualTo(second);
        var day = LocalDate.of(2020, 1, Math.toIntExact(1 + second % 28));
        long secondRate = funding.recordRate(new ExchangeRateCommand("CHF", new BigDecimal("1.05"), day));
        assertThat(participantOf("exchange_rate", secondRate)).isEqualTo(second);
        assertThat(funding.rateList()).extracting(rate -> rate.id()).contains(secondRate);

        asThread(TestSignIn.userOf(1L, Unique.username("officer"), null, Role.ME_OFFICER));
        assertThat(funding.rateList()).extracting(rate -> rate.id()).doesNotContain(secondRate);
        // the same currency and day is the home office's own rate to record
        long homeRate = funding.recordRate(new ExchangeRateCommand("CHF", new BigDecimal("1.07"), day));
        assertThat(participantOf("exchange_rate", homeRate)).isEqualTo(1L);
        assertThat(participantOf("strategy", idOfStrategy(secondStrategy))).isEqualTo(second);
    }

    @Test
    void theAuditTrailOfTheHomePlanAndItsRisksAndCommitmentsIsNotTheSecondParticipantsToRead() {
        asThread(TestSignIn.userOf(second, Unique.username("officer"), null, Role.ME_OFFICER));
        assertThat(history.forEntity("plan", home.id())).isEmpty();
        assertThat(history.forEntity("risk", homeIds.get("risk"))).isEmpty();
        assertThat(history.forEntity("funding-commitment", homeIds.get("commitment"))).isEmpty();
        assertThat(history.forEntity("risk", secondIds.get("risk"))).as("its own plan's").isNotEmpty();

        asThread(TestSignIn.userOf(null, Unique.username("regional"), null, Role.ME_OFFICER));
        assertThat(history.forEntity("plan", home.id())).isNotEmpty();
        assertThat(history.forEntity("risk", homeIds.get("risk"))).isNotEmpty();
    }

    @Test
    void aPlanDeletedBySomeoneWorkingAcrossParticipantsStaysItsParticipantsInTheTrail() {
        var doomed = plan("Isolated plan to delete", secondInstitution, second);
        // a draft, as only drafts and archived plans may be deleted
        jdbc.sql("update action_plan set status = 'DRAFT' where id = ?").param(doomed.id()).update();
        // someone working across participants deletes it: the plan is gone, nobody answers for its owner any more
        asThread(TestSignIn.userOf(null, Unique.username("regional"), null, Role.ME_OFFICER));
        editing.deletePlan(doomed.id());
        TestSignIn.clear();

        assertThat(jdbc.sql("select distinct participant_id from audit_event where entity_type = 'plan'"
                + " and entity_id = ?").param(doomed.id()).query(Long.class).list())
                .as("its creation and its deletion, both the second participant's").containsExactly(second);
        asThread(TestSignIn.userOf(1L, Unique.username("officer"), null, Role.ME_OFFICER));
        assertThat(history.forEntity("plan", doomed.id())).as("the home participant reads nothing of it").isEmpty();
        asThread(TestSignIn.userOf(second, Unique.username("officer"), null, Role.ME_OFFICER));
        assertThat(history.forEntity("plan", doomed.id())).extracting(org.ariadne.audit.AuditEntry::action)
                .as("its own participant reads that it was deleted").contains(org.ariadne.audit.AuditAction.DELETED);
    }

    @Test
    void thePickersOfResponsiblePersonsAndEvaluationTeamsNameOnlyTheParticipantsOwnPeople() {
        var homeOfficer = account("Home officer", Role.ME_OFFICER, 1L);
        var secondOfficer = account("Second officer", Role.ME_OFFICER, second);
        var homeEvaluator = account("Home evaluator", Role.EVALUATOR, 1L);
        var secondEvaluator = account("Second evaluator", Role.EVALUATOR, second);

        asThread(TestSignIn.userOf(second, Unique.username("officer"), null, Role.ME_OFFICER));
        assertThat(responsibleAccounts.choosable()).extracting(org.ariadne.plan.ResponsibleAccounts.Account::fullName)
                .contains(secondOfficer).doesNotContain(homeOfficer);
        assertThat(evaluations.evaluatorChoices()).extracting(org.ariadne.security.UserAccounts.Holder::fullName)
                .contains(secondEvaluator).doesNotContain(homeEvaluator);

        asThread(TestSignIn.userOf(null, Unique.username("regional"), null, Role.ME_OFFICER));
        assertThat(responsibleAccounts.choosable()).extracting(org.ariadne.plan.ResponsibleAccounts.Account::fullName)
                .as("someone working across participants").contains(homeOfficer, secondOfficer);
        assertThat(evaluations.evaluatorChoices()).extracting(org.ariadne.security.UserAccounts.Holder::fullName)
                .contains(homeEvaluator, secondEvaluator);
    }

    private String account(String name, Role role, long participant) {
        var fullName = Unique.name(name);
        accounts.createAtStartUp(new org.ariadne.security.UserCommand(Unique.username("acct"), fullName, null, null,
                java.util.Set.of(role), role == Role.EVALUATOR ? java.time.LocalDate.now().plusYears(1) : null, true,
                "a long enough password 1", participant));
        return fullName;
    }

    // ---- the fixture ----

    private BuiltPlan plan(String words, long institution, long participant) {
        asThread(TestSignIn.userOf(participant, Unique.username("officer"), null, Role.ME_OFFICER));
        var plan = testPlans.build(aPlan().named(words).running(2024, 2027)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Shelters")
                .withActivity(anActivity("A1.1.1", "Contract the shelters").ledBy(institution))
                .withIndicator(anIndicator(Unique.name("Victims sheltered"))));
        risks.create(plan.id(), new RiskCommand("Shelters close", RiskCategory.FINANCIAL, 2, 3, "Bridge fund", null,
                RiskStatus.OPEN, null, "plan"));
        funding.create(plan.id(), new CommitmentCommand(null, "Foundation", FundingSourceKind.DONOR,
                CommitmentKind.PLEDGE, "P-1", new BigDecimal("1000"), "EUR", null, null, null, List.of()));
        TestSignIn.clear();
        return plan;
    }

    private Map<String, Long> idsOf(BuiltPlan plan) {
        return Map.of("plan", plan.id(), "so", plan.element("SO 1"), "sp", plan.element("SO 1.1"),
                "activity", plan.element("A1.1.1"), "indicator", plan.indicators().values().iterator().next(),
                "risk", jdbc.sql("select id from risk where plan_id = ?").param(plan.id()).query(Long.class).single(),
                "commitment", jdbc.sql("select id from funding_commitment where plan_id = ?").param(plan.id())
                        .query(Long.class).single());
    }

    private String strategy(SignedInUser coordinator) {
        asThread(coordinator == null ? TestSignIn.userOf(1L, Unique.username("coord"), null, Role.COORDINATOR)
                : coordinator);
        var title = Unique.name("Isolated strategy");
        strategies.create(new StrategyCommand(title, StrategyKind.NATIONAL, null, null, null, null, 2020, 2030));
        TestSignIn.clear();
        return title;
    }

    private long idOfStrategy(String title) {
        return jdbc.sql("select id from strategy where title = ?").param(title).query(Long.class).single();
    }

    private long participantOf(String table, long id) {
        return jdbc.sql("select participant_id from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private static String address(String page, Map<String, Long> ids) {
        var address = page;
        for (var id : ids.entrySet()) {
            address = address.replace("{" + id.getKey() + "}", id.getValue().toString());
        }
        return address;
    }

    private int status(SignedInUser person, String address) throws Exception {
        return mvc.perform(get(address).with(signedIn(person))).andReturn().getResponse().getStatus();
    }

    private String body(SignedInUser person, String address) throws Exception {
        var response = mvc.perform(get(address).with(signedIn(person))).andReturn().getResponse();
        assertThat(response.getStatus()).as(address).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The person, also as the API sees a reading token's holder. */
    private static RequestPostProcessor signedIn(SignedInUser person) {
        var authorities = new ArrayList<GrantedAuthority>(person.getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_read"));
        return authentication(new UsernamePasswordAuthenticationToken(person, null, authorities));
    }

    private static void asThread(SignedInUser person) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
    }
}
