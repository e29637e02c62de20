package org.ariadne.coordination;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
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
 * Two participants in one installation (issue 19): the office of the second participant never meets the first one's
 * meetings, actions, committee reports, agreements or files, by address (404), in lists, downloads, the search box or
 * the choice lists; its own work as before; the regional body's staff (no participant) see both.
 */
@AriadneIntegrationTest
class CoordinationParticipantIsolationIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoordinationReminders reminders;

    long second;
    long homePolice;
    long otherPolice;
    String homePoliceName;
    String otherPoliceName;
    SignedInUser homeOfficer;
    SignedInUser otherOfficer;
    SignedInUser otherCoordinator;
    SignedInUser otherMember;
    SignedInUser regional;

    @BeforeEach
    void twoParticipants() {
        var code = Unique.username("c");
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
        jdbc.sql("update institution set participant_id = ? where id = ?").params(second, otherPolice).update();
        homeOfficer = TestSignIn.userOf(ParticipantScope.HOME, Unique.username("me-home"), null, Role.ME_OFFICER);
        otherOfficer = TestSignIn.userOf(second, Unique.username("me-other"), null, Role.ME_OFFICER);
        otherCoordinator = TestSignIn.userOf(second, Unique.username("co-other"), null, Role.COORDINATOR);
        otherMember = TestSignIn.userOf(second, Unique.username("mb-other"), null, Role.MEMBER);
        regional = TestSignIn.userOf(null, Unique.username("regional"), null, Role.COORDINATOR);
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

    private MockHttpServletRequestBuilder meeting(String title, long invited) {
        return post("/meetings/new").param("kind", "NATIONAL_AUTHORITY").param("title", title)
                .param("heldOn", LocalDate.now().minusDays(2).toString()).param("startsAt", "10:00")
                .param("endsAt", "12:00").param("place", "Hall 3").param("agenda", "Opening")
                .param("invited", String.valueOf(invited)).param("invitedPersons", "").param("committeeId", "")
                .param("attendanceInstitution", String.valueOf(invited)).param("attendanceRole", "Director")
                .param("attendanceWomen", "1").param("attendanceMen", "1")
                .param("decisions", "Adopt the report").param("minutes", "");
    }

    private MockHttpServletRequestBuilder agreement(String title, long party) {
        return agreement(title, party, LocalDate.now().plusYears(1));
    }

    private MockHttpServletRequestBuilder agreement(String title, long party, LocalDate expiresOn) {
        return post("/agreements/new").param("kind", "MOU").param("title", title)
                .param("signedOn", LocalDate.now().minusYears(1).toString())
                .param("expiresOn", expiresOn.toString()).param("status", "IN_FORCE")
                .param("scope", "Referral").param("partyInstitution", String.valueOf(party), "")
                .param("partyOrganisation", "", "IOM").param("partyObligations", "Refers", "Funds");
    }

    /** The first participant's meeting with an action, a file, an agreement and a committee report. */
    private record HomeRecords(String meetingTitle, long meeting, String actionText, long action, long file,
            String agreementTitle, long agreement, long report) {
    }

    private HomeRecords homeRecords() throws Exception {
        var meetingTitle = Unique.name("Home session");
        long meeting = created(homeOfficer, meeting(meetingTitle, homePolice));
        var actionText = Unique.name("Home action");
        long action = created(homeOfficer, post("/meetings/" + meeting + "/actions/new").param("description", actionText)
                .param("decisionNumber", "1").param("ownerId", String.valueOf(homePolice))
                .param("dueOn", LocalDate.now().plusDays(3).toString()).param("activityId", "")
                .param("status", "OPEN").param("closingNote", ""));
        mvc.perform(multipart("/meetings/" + meeting + "/files")
                .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", PDF))
                .with(TestSignIn.as(homeOfficer)).with(csrf())).andExpect(status().is3xxRedirection());
        long file = jdbc.sql("select id from coordination_file where meeting_id = ?").param(meeting).query(Long.class)
                .single();
        var agreementTitle = Unique.name("Home MoU");
        long agreement = created(homeOfficer, agreement(agreementTitle, homePolice));
        mvc.perform(post("/committee-reports/new").with(TestSignIn.as(homeOfficer)).with(csrf())
                .param("committeeId", String.valueOf(homePolice)).param("month", YearMonth.now().minusMonths(1).toString())
                .param("activitiesHeld", "2").param("activities", "Awareness").param("casesReferred", "1")
                .param("problems", "")).andExpect(status().is3xxRedirection());
        long report = jdbc.sql("select id from committee_report where committee_institution_id = ?").param(homePolice)
                .query(Long.class).single();
        return new HomeRecords(meetingTitle, meeting, actionText, action, file, agreementTitle, agreement, report);
    }

    @Test
    void theSecondParticipantsOfficeGets404OnEveryAddressOfTheFirstParticipantsCoordination() throws Exception {
        var home = homeRecords();
        for (var person : new SignedInUser[] {otherOfficer, otherCoordinator, otherMember}) {
            for (var address : new String[] {"/meetings/" + home.meeting(), "/meetings/" + home.meeting() + "/edit",
                    "/meetings/" + home.meeting() + "/invitation.ics", "/meetings/" + home.meeting() + "/actions/new",
                    "/follow-up-actions/" + home.action() + "/edit", "/coordination/files/" + home.file(),
                    "/agreements/" + home.agreement(), "/agreements/" + home.agreement() + "/edit",
                    "/committee-reports/" + home.report() + "/edit"}) {
                var status = mvc.perform(get(address).with(TestSignIn.as(person))).andReturn().getResponse().getStatus();
                assertThat(status).as("%s opened by %s", address, person.getUsername()).isIn(403, 404);
                if (person != otherMember) {
                    assertThat(status).as("%s opened by %s", address, person.getUsername()).isEqualTo(404);
                }
            }
        }
        // nor can they change or delete them
        mvc.perform(post("/meetings/" + home.meeting() + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/follow-up-actions/" + home.action() + "/status").param("version", "0")
                .param("status", "DONE").param("closingNote", "Not ours").with(csrf())
                .with(TestSignIn.as(otherOfficer))).andExpect(status().isNotFound());
        mvc.perform(post("/agreements/" + home.agreement() + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(otherCoordinator))).andExpect(status().isNotFound());
        assertThat(body(homeOfficer, get("/meetings/" + home.meeting()))).contains(home.meetingTitle(), home.actionText());
        assertThat(body(homeOfficer, get("/agreements/" + home.agreement()))).contains(home.agreementTitle());
    }

    @Test
    void listsDownloadsAndSearchOfTheSecondParticipantShowOnlyItsOwnRecords() throws Exception {
        var home = homeRecords();
        var ownTitle = Unique.name("Other session");
        long own = created(otherOfficer, meeting(ownTitle, otherPolice));
        var ownAgreement = Unique.name("Other MoU");
        created(otherOfficer, agreement(ownAgreement, otherPolice));

        var hidden = new String[] {home.meetingTitle(), home.actionText(), home.agreementTitle(), homePoliceName};
        for (var address : new String[] {"/coordination", "/meetings", "/meetings.csv", "/follow-up-actions",
                "/follow-up-actions.csv", "/agreements", "/agreements.csv", "/committee-reports",
                "/committee-reports.csv"}) {
            var shown = body(otherCoordinator, get(address));
            assertThat(shown).as(address).doesNotContain(hidden);
        }
        assertThat(body(otherCoordinator, get("/meetings"))).contains(ownTitle);
        assertThat(body(otherCoordinator, get("/agreements.csv"))).contains(ownAgreement);
        assertThat(body(otherOfficer, get("/meetings/" + own))).contains(ownTitle, otherPoliceName);
        // the search page repeats the words searched for: what counts is the hit, a link to the record
        assertThat(body(otherMember, get("/search").param("q", home.meetingTitle())))
                .doesNotContain("href=\"/meetings/" + home.meeting() + "\"");
        assertThat(body(otherMember, get("/search").param("q", home.agreementTitle())))
                .doesNotContain("href=\"/agreements/" + home.agreement() + "\"");
        assertThat(body(otherMember, get("/search").param("q", ownTitle))).contains("href=\"/meetings/" + own + "\"");

        // the first participant's office does not see the second's either
        assertThat(body(homeOfficer, get("/meetings"))).contains(home.meetingTitle()).doesNotContain(ownTitle);
        mvc.perform(get("/meetings/" + own).with(TestSignIn.as(homeOfficer))).andExpect(status().isNotFound());
    }

    @Test
    void choiceListsOfferOnlyTheParticipantsInstitutionsAndAPostedForeignInstitutionIsRefused() throws Exception {
        var form = body(otherOfficer, get("/meetings/new"));
        assertThat(form).contains(otherPoliceName).doesNotContain(homePoliceName);
        assertThat(body(otherOfficer, get("/agreements/new"))).contains(otherPoliceName).doesNotContain(homePoliceName);
        assertThat(body(otherOfficer, get("/committee-reports/new"))).doesNotContain(homePoliceName);

        var title = Unique.name("Session naming a foreign institution");
        var refused = body(otherOfficer, meeting(title, homePolice).with(csrf()));
        assertThat(refused).contains("flash problem");
        assertThat(jdbc.sql("select count(*) from meeting where title = ?").param(title).query(Integer.class).single())
                .isZero();

        long own = created(otherOfficer, meeting(Unique.name("Own session"), otherPolice));
        assertThat(jdbc.sql("select participant_id from meeting where id = ?").param(own).query(Long.class).single())
                .as("a new meeting belongs to its maker's participant").isEqualTo(second);
    }

    @Test
    void anAgreementNearExpiryIsAnnouncedToItsOwnParticipantsOfficeOnly() throws Exception {
        var title = Unique.name("Second MoU near expiry");
        long id = created(otherOfficer, agreement(title, otherPolice, LocalDate.now().plusDays(30)));

        reminders.remind();

        assertThat(jdbc.sql("select participant_id from notice where dedup_key like ?")
                .param("agreement-expiring:" + id + ":%").query(Long.class).list())
                .as("one notice, the second participant's").containsExactly(second);
        assertThat(body(otherCoordinator, get("/notices"))).contains(title);
        assertThat(body(TestSignIn.userOf(ParticipantScope.HOME, Unique.username("co-home"), null, Role.COORDINATOR),
                get("/notices"))).as("the first participant's office").doesNotContain(title);
    }

    @Test
    void thoseWhoWorkAcrossParticipantsSeeBoth() throws Exception {
        var home = homeRecords();
        var otherTitle = Unique.name("Other session");
        long other = created(otherOfficer, meeting(otherTitle, otherPolice));
        assertThat(body(regional, get("/meetings"))).contains(home.meetingTitle(), otherTitle);
        assertThat(body(regional, get("/meetings/" + home.meeting()))).contains(home.meetingTitle());
        assertThat(body(regional, get("/meetings/" + other))).contains(otherTitle);
        assertThat(body(regional, get("/agreements"))).contains(home.agreementTitle());
    }
}
