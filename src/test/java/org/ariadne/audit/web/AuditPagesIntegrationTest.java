package org.ariadne.audit.web;

import java.nio.charset.StandardCharsets;

import java.util.stream.IntStream;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class AuditPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    AuditHistory history;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** Signs the test thread in as a person of its own, so that the trail can be filtered to their changes. */
    private static void actAs(String username, Role role) {
        var user = TestSignIn.user(username, null, role);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** An institution whose contact person an officer changes from "Arta Krasniqi" to "Besim Gashi". */
    private record Changed(String officer, String name, long id) {
    }

    private Changed institutionWithChangedContact() {
        var officer = Unique.username("officer");
        actAs(officer, Role.ME_OFFICER);
        var name = Unique.name("Shelter");
        var id = institutions.create(new InstitutionCommand(name, null, InstitutionType.SHELTER_NGO,
                org.ariadne.institutions.InstitutionLevel.NATIONAL, false, true, "Arta Krasniqi", null, null, true));
        var created = institutions.get(id);
        institutions.update(id, created.version(), new InstitutionCommand(name, null, InstitutionType.SHELTER_NGO,
                created.level(), false, true, "Besim Gashi", null, null, true));
        TestSignIn.clear();
        return new Changed(officer, name, id);
    }

    private String page(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(TestSignIn.as(role)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theTrailListsAChangeWithWhoMadeItAndWhichFieldChanged() throws Exception {
        var change = institutionWithChangedContact();

        var trail = page("/audit?actor=" + change.officer(), Role.COORDINATOR);

        assertThat(trail).contains(change.officer()).contains(change.name())
                .contains("Contact person")
                .contains("Changed").contains("Created")
                .contains("/audit/history/institution/" + change.id());
    }

    @Test
    void theTrailIsFilteredByPersonAndByElementType() throws Exception {
        var change = institutionWithChangedContact();
        var otherChange = institutionWithChangedContact();

        var byPerson = page("/audit?actor=" + change.officer(), Role.ME_OFFICER);
        assertThat(byPerson).contains(change.name()).doesNotContain(otherChange.name());

        var byType = page("/audit?actor=" + change.officer() + "&type=institution", Role.ME_OFFICER);
        assertThat(byType).contains(change.name());

        var otherType = page("/audit?actor=" + change.officer() + "&type=activity", Role.ME_OFFICER);
        assertThat(otherType).doesNotContain(change.name()).contains("No changes match these filters.");

        var onlyCreations = page("/audit?actor=" + change.officer() + "&action=CREATED", Role.ME_OFFICER);
        assertThat(onlyCreations).contains(change.name()).doesNotContain("badge info");
    }

    @Test
    void theCsvExportHoldsTheFilteredTrailWithBeforeAndAfter() throws Exception {
        var change = institutionWithChangedContact();

        var response = mvc.perform(get("/audit.csv").param("actor", change.officer()).with(TestSignIn.as(Role.EVALUATOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse();
        var csv = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
        assertThat(csv).contains("When,Who,Action").contains(change.officer()).contains(change.name())
                .contains("Contact person: Arta Krasniqi → Besim Gashi");
    }

    @Test
    void theCsvExportNeutralisesFormulas() throws Exception {
        var officer = Unique.username("officer");
        actAs(officer, Role.ME_OFFICER);
        var formula = "=HYPERLINK(\"http://evil.example\",\"" + Unique.name("click") + "\")";
        institutions.create(InstitutionCommand.named(formula, InstitutionType.NGO));
        TestSignIn.clear();

        var csv = mvc.perform(get("/audit.csv").param("actor", officer).with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void theHistoryOfAnInstitutionShowsTheChangedFieldBeforeAndAfter() throws Exception {
        var change = institutionWithChangedContact();

        var page = page("/audit/history/institution/" + change.id(), Role.ADMINISTRATOR);

        assertThat(page).contains(change.name()).contains(change.officer())
                .contains("Contact person").contains("Arta Krasniqi").contains("Besim Gashi")
                .contains("/institutions/" + change.id() + "/edit");
        assertThat(page.indexOf("Arta Krasniqi")).isLessThan(page.lastIndexOf("Besim Gashi"));
    }

    @Test
    void readersWhoMayNotEditInstitutionsAreNotSentToTheEditPage() throws Exception {
        var change = institutionWithChangedContact();

        var page = page("/audit/history/institution/" + change.id(), Role.EVALUATOR);

        assertThat(page).contains("Besim Gashi").doesNotContain("/institutions/" + change.id() + "/edit");
    }

    @Test
    void anElementWithoutHistoryIsNotFound() throws Exception {
        mvc.perform(get("/audit/history/activity/987654321").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void membersAndFocalPointsMayNotReadTheTrail() throws Exception {
        var change = institutionWithChangedContact();
        for (var role : new Role[] {Role.MEMBER, Role.FOCAL_POINT}) {
            mvc.perform(get("/audit").with(TestSignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/audit.csv").with(TestSignIn.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/audit/history/institution/" + change.id()).with(TestSignIn.as(role)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theTrailSpeaksAlbanianWhenAsked() throws Exception {
        var change = institutionWithChangedContact();

        var trail = page("/audit?lang=sq&actor=" + change.officer(), Role.ME_OFFICER);
        assertThat(trail).contains("Gjurma e auditimit").contains("Personi i kontaktit").contains("Ndryshuar");

        var history = page("/audit/history/institution/" + change.id() + "?lang=sq", Role.ME_OFFICER);
        assertThat(history).contains("Më parë").contains("Më pas");

        // when: written as Albanians write it ("5 dhj 2026, 21:04"), in the trail and in the history alike
        for (var html : java.util.List.of(trail, history)) {
            var time = java.util.regex.Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>").matcher(html);
            assertThat(time.find()).as("a time in the page").isTrue();
            var at = java.time.LocalDateTime.parse(time.group(1));
            assertThat(time.group(2)).isEqualTo(org.ariadne.common.format.Formats.of(java.util.Locale.forLanguageTag("sq"))
                    .dateTime(at)).doesNotContain(at.toLocalDate().toString());
        }
    }

    @Test
    void anUnreadableDateInTheAddressShowsTheWholeTrailWithAMessage() throws Exception {
        var trail = page("/audit?from=31/12/2016", Role.ME_OFFICER);

        assertThat(trail).contains("could not be read");
    }

    @Test
    void thePlanFilterFromThePlanPagesIsAccepted() throws Exception {
        var trail = page("/audit?planId=987654321", Role.ME_OFFICER);

        assertThat(trail).contains("No changes match these filters.").contains("value=\"987654321\" selected");
    }

    @Test
    void theTrailIsReadPageByPage() {
        var change = institutionWithChangedContact();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var filter = new AuditFilter(null, "institution", change.officer(), null, null, null);

        var all = history.search(filter, 10);
        var second = history.search(filter, 1, 1);

        assertThat(all).hasSize(2);
        assertThat(second).containsExactly(all.get(1));
    }

    @Test
    void aLongTrailIsShownTwoHundredEntriesAtATime() throws Exception {
        var importer = Unique.username("importer");
        actAs(importer, Role.ME_OFFICER);
        transaction.executeWithoutResult(status -> trail.recordAll(IntStream.rangeClosed(1, 201)
                .mapToObj(n -> AuditRecord.created("activity", 900_000L + n, "A" + n, null, java.util.Map.of("n", n)))
                .toList()));
        TestSignIn.clear();

        var first = page("/audit?actor=" + importer, Role.ME_OFFICER);
        assertThat(first).contains("Entries 1–200, newest first.").contains(">A201<").doesNotContain(">A1<")
                .contains("Older entries").doesNotContain("Newer entries")
                .contains("/audit?actor=" + importer + "&amp;offset=200");

        var second = page("/audit?actor=" + importer + "&offset=200", Role.ME_OFFICER);
        assertThat(second).contains("Entries 201–201, newest first.").contains(">A1<")
                .contains("Newer entries").doesNotContain("Older entries");
    }
}
