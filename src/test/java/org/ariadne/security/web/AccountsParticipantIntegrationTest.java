package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;

import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.ParticipantCommand;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.SystemTasks;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts in an installation of several participants (issue 19): the installation's administrator places each person
 * in a participant; a participant's administrator keeps its own participant's people only.
 */
@AriadneIntegrationTest
class AccountsParticipantIntegrationTest {

    private static final String PASSWORD = "three rivers meet here";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Participants participants;
    @Autowired
    Institutions institutions;

    private final SignedInUser installationAdmin = TestSignIn.userOf(null, Unique.username("install"), null,
            Role.ADMINISTRATOR);
    private long other;
    private long otherInstitution;
    private long homeInstitution;

    @BeforeEach
    void aSecondParticipantWithAnInstitution() {
        var code = Unique.username("q").toUpperCase().replaceAll("[^A-Z0-9]", "");
        other = SystemTasks.callAs("installation", null, null, EnumSet.of(Role.ADMINISTRATOR),
                () -> participants.create(new ParticipantCommand(code.substring(0, Math.min(16, code.length())),
                        Unique.name("Albania"), null, null, null)));
        otherInstitution = SystemTasks.callAs("officer", null, other, EnumSet.of(Role.ME_OFFICER),
                () -> institutions.create(InstitutionCommand.named(Unique.name("State Police"), InstitutionType.POLICE)));
        homeInstitution = SystemTasks.callAs("officer", null, ParticipantScope.HOME, EnumSet.of(Role.ME_OFFICER),
                () -> institutions.create(InstitutionCommand.named(Unique.name("Kosovo Police"), InstitutionType.POLICE)));
    }

    private static MockHttpServletRequestBuilder newUser(String username, Long participantId, Long institutionId,
            Role role) {
        return post("/admin/users/new").with(csrf()).param("username", username).param("fullName", "Person " + username)
                .param("email", "").param("institutionId", institutionId == null ? "" : institutionId.toString())
                .param("participantId", participantId == null ? "" : participantId.toString())
                .param("accessUntil", "").param("enabled", "true").param("password", PASSWORD)
                .param("roles", role.name());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private long account(String username, Long participantId, Long institutionId, Role role) {
        return accounts.createAtStartUp(new UserCommand(username, "Person " + username, null, institutionId,
                Set.of(role), null, true, PASSWORD, participantId));
    }

    @Test
    void theInstallationsAdministratorPlacesANewPersonInTheNewParticipant() throws Exception {
        var form = page(get("/admin/users/new").with(TestSignIn.as(installationAdmin)));
        assertThat(form.select("select[name=participantId] option").eachAttr("value"))
                .contains(String.valueOf(other), String.valueOf(ParticipantScope.HOME), "");

        var username = Unique.username("focal");
        var location = mvc.perform(newUser(username, other, otherInstitution, Role.FOCAL_POINT)
                        .with(TestSignIn.as(installationAdmin)))
                .andExpect(redirectedUrlPattern("/admin/users/*")).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        var created = SystemTasks.callAs("installation", null, null, EnumSet.of(Role.ADMINISTRATOR), () -> accounts.get(id));
        assertThat(created.participantId()).isEqualTo(other);
        assertThat(created.institutionId()).isEqualTo(otherInstitution);
        // and the person signs in as one of that participant
        assertThat(accounts.loadUserByUsername(username).participantId()).isEqualTo(other);
    }

    @Test
    void aParticipantsAdministratorKeepsItsOwnPeopleOnly() throws Exception {
        var ownAdmin = TestSignIn.userOf(other, Unique.username("admin"), null, Role.ADMINISTRATOR);
        var ownPerson = Unique.username("own");
        account(ownPerson, other, otherInstitution, Role.FOCAL_POINT);
        var homePerson = Unique.username("home");
        long home = account(homePerson, ParticipantScope.HOME, homeInstitution, Role.FOCAL_POINT);
        var acrossPerson = Unique.username("across");
        long across = account(acrossPerson, null, null, Role.MEMBER);

        var list = page(get("/admin/users").with(TestSignIn.as(ownAdmin))).text();
        assertThat(list).contains(ownPerson).doesNotContain(homePerson).doesNotContain(acrossPerson);
        var csv = mvc.perform(get("/admin/users.csv").with(TestSignIn.as(ownAdmin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(ownPerson).doesNotContain(homePerson).doesNotContain(acrossPerson);
        var found = page(get("/search").param("q", homePerson).with(TestSignIn.as(ownAdmin)));
        assertThat(found.select("a[href=/admin/users/" + home + "]")).isEmpty();
        assertThat(page(get("/search").param("q", ownPerson).with(TestSignIn.as(ownAdmin))).select("a[href^=/admin/users/]")
                .eachText()).anySatisfy(text -> assertThat(text).contains(ownPerson));
        // the header says whose the administrator is, next to their name
        assertThat(page(get("/admin/users").with(TestSignIn.as(ownAdmin))).select("#header-participant").text())
                .isEqualTo(participants.get(other).name());

        for (var address : new String[] {"/admin/users/" + home, "/admin/users/" + home + "/password",
                "/admin/users/" + across}) {
            mvc.perform(get(address).with(TestSignIn.as(ownAdmin))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/users/" + home + "/unlock").with(csrf()).with(TestSignIn.as(ownAdmin)))
                .andExpect(status().isNotFound());
        // a person across participants stays so when read back
        assertThat(accounts.loadUserByUsername(acrossPerson).participantId()).isNull();
        // the installation's administrator opens them all
        mvc.perform(get("/admin/users/" + home).with(TestSignIn.as(installationAdmin))).andExpect(status().isOk());
        mvc.perform(get("/admin/users/" + across).with(TestSignIn.as(installationAdmin))).andExpect(status().isOk());
    }

    @Test
    void aParticipantsAdministratorCreatesPeopleOfItsOwnParticipantWithItsOwnInstitutionsOnly() throws Exception {
        var ownAdmin = TestSignIn.userOf(other, Unique.username("admin"), null, Role.ADMINISTRATOR);
        var form = page(get("/admin/users/new").with(TestSignIn.as(ownAdmin)));
        assertThat(form.select("select[name=participantId]")).isEmpty();
        assertThat(form.select("select[name=institutionId] option").eachAttr("value"))
                .contains(String.valueOf(otherInstitution)).doesNotContain(String.valueOf(homeInstitution));

        // an institution of another participant, posted anyway: refused beside the field
        var refused = page(newUser(Unique.username("focal"), null, homeInstitution, Role.FOCAL_POINT)
                .with(TestSignIn.as(ownAdmin)));
        assertThat(refused.select("#institutionId").parents().select(".field-error").text())
                .contains("belongs to another participant");

        // asking for another participant (or none) does not move the person out of the administrator's
        var username = Unique.username("member");
        mvc.perform(newUser(username, ParticipantScope.HOME, null, Role.MEMBER).with(TestSignIn.as(ownAdmin)))
                .andExpect(redirectedUrlPattern("/admin/users/*"));
        assertThat(accounts.loadUserByUsername(username).participantId()).isEqualTo(other);
    }

    @Test
    void theInstallationsAdministratorCannotGiveAPersonAnInstitutionOfAnotherParticipant() throws Exception {
        var username = Unique.username("focal");
        var refused = page(newUser(username, ParticipantScope.HOME, otherInstitution, Role.FOCAL_POINT)
                .with(TestSignIn.as(installationAdmin)));
        assertThat(refused.select(".field.invalid select").eachAttr("name")).contains("institutionId");
        assertThat(refused.text()).contains("Institution: this institution belongs to another participant");
        assertThat(accounts.exists(username)).isFalse();
    }
}
