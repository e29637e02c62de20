package org.ariadne.victimdata.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.AccessLogEntry;
import org.ariadne.victimdata.AssistanceDecision;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.MatchProposal;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.VictimService;
import org.ariadne.victimdata.linkage.Sex;
import org.jsoup.Jsoup;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches the victim register: victim-data officers only, for every case address; the coordinator reads the
 * access log (which holds a line for every opening of a case) but opens no case; everyone else is refused both, and
 * a refused change leaves the register as it was.
 */
@AriadneIntegrationTest
class VictimCaseAccessIntegrationTest {

    /** Every role but the victim-data officer's. */
    private static final Set<Role> OTHERS = EnumSet.complementOf(EnumSet.of(Role.VICTIM_DATA_OFFICER));

    @Autowired
    MockMvc mvc;
    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    long police;
    long earlier;
    long later;
    String laterReference;
    SignedInUser officer;

    @BeforeEach
    void twoCasesOfOnePersonProposed() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = institutions.create(InstitutionCommand.named(Unique.name("Border Police"), InstitutionType.POLICE));
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        var born = LocalDate.of(1950, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(15_000));
        earlier = register.register(identification(LocalDate.of(2020, 4, 4), "Milica", "Šehu", born)).id();
        var registered = register.register(identification(LocalDate.of(2022, 8, 1), "Milica", "Shehu", born));
        later = registered.id();
        laterReference = registered.reference();
        assertThat(registered.proposals()).extracting(MatchProposal::earlierCaseId).contains(earlier);
        TestSignIn.clear();
        officer = TestSignIn.user(Unique.username("officer"), null, Role.VICTIM_DATA_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private CaseCommand identification(LocalDate on, String first, String surname, LocalDate born) {
        return new CaseCommand(on, police, null, CaseStatus.PRESUMED, Sex.FEMALE, 30, "rs", "Prishtina", "Fushë Kosova",
                CaseScope.TRANSNATIONAL, EnumSet.of(ExploitationForm.LABOUR), on, AssistanceDecision.ACCEPTED, on,
                null, null, null, null, null, EnumSet.of(VictimService.LEGAL_AID), false, "Secret note of the case",
                first, surname, born, "Niš", "Zoran", "Vesna", "");
    }

    /** Every address of the register's cases, as a browser would ask it (a stale version, a form that would save). */
    private List<MockHttpServletRequestBuilder> caseRequests() {
        var base = "/victim-data/cases/";
        return List.of(get("/victim-data/cases"), get("/victim-data/cases/new"),
                post(base + "new").with(csrf()).param("identifiedOn", "2024-01-01")
                        .param("identifyingInstitutionId", Long.toString(police)).param("status", "PRESUMED")
                        .param("sex", "MALE").param("scope", "INTERNAL").param("firstNames", "Refused"),
                get(base + later), get(base + later + "/edit"),
                post(base + later + "/edit").with(csrf()).param("version", "0").param("identifiedOn", "2024-01-01")
                        .param("identifyingInstitutionId", Long.toString(police)).param("status", "IDENTIFIED")
                        .param("sex", "MALE").param("scope", "INTERNAL").param("region", "Refused"),
                post(base + later + "/matches/" + earlier + "/confirm").with(csrf()),
                post(base + later + "/matches/" + earlier + "/reject").with(csrf()),
                get("/victim-data/cases.csv"), get("/victim-data/cases.xlsx"));
    }

    private List<MockHttpServletRequestBuilder> accessLogRequests() {
        return List.of(get("/victim-data/access-log"), get("/victim-data/access-log.csv"),
                get("/victim-data/access-log.xlsx"));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void everyOtherRoleIsRefusedEveryCaseAddressAndChangesNothing() throws Exception {
        var cases = count("select count(*) from victim_case");
        var logLines = count("select count(*) from victim_case_access");
        var answers = new ArrayList<String>();
        for (var role : OTHERS) {
            for (var request : caseRequests()) {
                var response = mvc.perform(request.with(TestSignIn.as(role))).andReturn().getResponse();
                var asked = request.buildRequest(new org.springframework.mock.web.MockServletContext());
                answers.add(role + " " + asked.getMethod() + " " + asked.getRequestURI() + " -> " + response.getStatus());
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as("nothing of a case in a refusal")
                        .doesNotContain(laterReference).doesNotContain("Secret note");
            }
        }

        assertThat(answers).hasSize(OTHERS.size() * 10).allMatch(answer -> answer.endsWith("-> 403"));
        assertThat(count("select count(*) from victim_case")).as("no case registered").isEqualTo(cases);
        assertThat(count("select count(*) from victim_case_access")).as("nothing read or exported")
                .isEqualTo(logLines);
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        assertThat(register.proposals(later)).filteredOn(proposal -> proposal.earlierCaseId() == earlier)
                .extracting(MatchProposal::decision).containsExactly(MatchProposal.Decision.PROPOSED);
        assertThat(register.open(later).region()).isEqualTo("Prishtina");
    }

    @Test
    void theOfficerReachesEveryCaseAddress() throws Exception {
        for (var request : caseRequests()) {
            var answer = mvc.perform(request.with(TestSignIn.as(officer))).andReturn().getResponse().getStatus();
            assertThat(answer).isIn(200, 302);
        }
    }

    @Test
    void eachOpeningOfACasePageIsOneReadLineInTheLogTheCoordinatorReviews() throws Exception {
        for (int opening = 0; opening < 3; opening++) {
            mvc.perform(get("/victim-data/cases/" + later).with(TestSignIn.as(officer))).andExpect(status().isOk());
        }

        TestSignIn.onThisThread(Role.COORDINATOR);
        var log = register.accessLog(laterReference, null, 100);
        assertThat(log).filteredOn(entry -> entry.action() == AccessLogEntry.Action.READ)
                .extracting(AccessLogEntry::username).containsExactly(officer.getUsername(), officer.getUsername(),
                        officer.getUsername());
        TestSignIn.clear();

        var page = Jsoup.parse(mvc.perform(get("/victim-data/access-log").param("reference", laterReference)
                        .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        var reads = page.select("#access-log tbody tr[data-action=READ]");
        assertThat(reads).hasSize(3).allMatch(row -> row.text().contains(officer.getUsername())
                && row.text().contains("Opened the case") && row.text().contains(laterReference));
        assertThat(page.select("#access-log a")).as("the coordinator opens no case from the log").isEmpty();
        assertThat(page.text()).doesNotContain("Secret note");
        var csv = mvc.perform(get("/victim-data/access-log.csv").param("reference", laterReference)
                        .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains("Opened the case"))).hasSize(3);
    }

    @Test
    void onlyTheOfficerAndTheCoordinatorReadTheAccessLog() throws Exception {
        var answers = new ArrayList<String>();
        for (var role : EnumSet.complementOf(EnumSet.of(Role.VICTIM_DATA_OFFICER, Role.COORDINATOR))) {
            for (var request : accessLogRequests()) {
                answers.add(role + " " + mvc.perform(request.with(TestSignIn.as(role))).andReturn().getResponse()
                        .getStatus());
            }
        }
        var others = EnumSet.complementOf(EnumSet.of(Role.VICTIM_DATA_OFFICER, Role.COORDINATOR)).size();
        assertThat(answers).hasSize(others * accessLogRequests().size()).allMatch(answer -> answer.endsWith(" 403"));
        for (var request : accessLogRequests()) {
            mvc.perform(request.with(TestSignIn.as(officer))).andExpect(status().isOk());
        }
    }
}
