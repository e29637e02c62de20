package org.ariadne.institutions.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The institutions directory: the list everyone signed in reads, and the form the administrator and officer use. */
@AriadneIntegrationTest
class InstitutionPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    private long institution(String name, String shortName, boolean active) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return institutions.create(new InstitutionCommand(name, shortName, InstitutionType.SHELTER_NGO,
                    InstitutionLevel.REGIONAL, false, true, "Vjosa Berisha", "vjosa@shelter.example", "+383 44 000 000",
                    active));
        } finally {
            TestSignIn.clear();
        }
    }

    private int version(long id) {
        return jdbc.sql("select version from institution where id = ?").param(id).query(Integer.class).single();
    }

    private String storedName(long id) {
        return jdbc.sql("select name from institution where id = ?").param(id).query(String.class).single();
    }

    private List<Long> idsNamed(String name) {
        return jdbc.sql("select id from institution where name = ?").param(name).query(Long.class).list();
    }

    /** What the form sends: every field, the checkboxes as a browser sends them when ticked. */
    private static MockHttpServletRequestBuilder form(String url, String name, String contactName) {
        return post(url).with(csrf())
                .param("name", name)
                .param("shortName", "PSH")
                .param("type", "POLICE")
                .param("level", "NATIONAL")
                .param("nationalAuthorityMember", "true")
                .param("reportsProgress", "true")
                .param("contactName", contactName)
                .param("contactEmail", "desk@police.example")
                .param("contactPhone", "")
                .param("active", "true");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyoneSignedInReadsTheDirectoryButOnlyTheOfficerSeesWhereToChangeIt() throws Exception {
        var shelter = Unique.name("Shelter Gjakova");
        var shelterId = institution(shelter, "SHG", true);
        var closed = Unique.name("Closed centre");
        institution(closed, null, false);

        var asFocalPoint = page(get("/institutions").with(TestSignIn.as(Role.FOCAL_POINT)));

        assertThat(asFocalPoint).contains(shelter + " (SHG)").contains("Shelter (NGO)").contains("Regional")
                .contains("Vjosa Berisha").contains("mailto:vjosa@shelter.example")
                .contains(closed).contains("inactive")
                .doesNotContain("+383 44 000 000")
                .doesNotContain("href=\"/institutions/new\"")
                .doesNotContain("href=\"/institutions/" + shelterId + "/edit\"");
        var asOfficer = page(get("/institutions").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(asOfficer).contains("href=\"/institutions/new\"")
                .contains("href=\"/institutions/" + shelterId + "/edit\"");
    }

    @Test
    void anAdministratorCreatesAnInstitutionThroughTheFormAndFindsItInTheList() throws Exception {
        var name = Unique.name("Kosovo Police");
        assertThat(page(get("/institutions/new").with(TestSignIn.as(Role.ADMINISTRATOR)))).contains("New institution");

        var saved = mvc.perform(form("/institutions/new", name, "Arben Gashi").with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/institutions"))
                .andReturn();

        var list = page(get("/institutions").flashAttrs(saved.getFlashMap()).with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(list).contains("Institution &quot;" + name + "&quot; saved.")
                .contains(name + " (PSH)").contains("Arben Gashi").contains("desk@police.example");
        assertThat(idsNamed(name)).hasSize(1);
    }

    @Test
    void aNameThatDiffersOnlyByCaseSpacingAccentsOrInvisibleCharactersIsRefusedNamingTheExistingInstitution()
            throws Exception {
        var name = Unique.name("Policia e Kosovës");
        mvc.perform(form("/institutions/new", name, "Arben Gashi").with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/institutions"));

        for (var variant : new String[] {name.toUpperCase(java.util.Locale.ROOT), "  " + name.replace(" ", "   ") + " ",
                name.replace("ë", "e"), name.replace("Policia", "Po\u200Blicia").replace("Kosov", "Kos\u00ADov")}) {
            var refused = page(form("/institutions/new", variant, "Arben Gashi").with(TestSignIn.as(Role.ADMINISTRATOR)));
            assertThat(refused).as(variant).contains("already exists as &quot;" + name + "&quot;");
        }
        assertThat(jdbc.sql("select count(*) from institution where name_key = ?")
                .param(org.ariadne.common.text.NameKey.of(name)).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from institution where contact_name = 'Arben Gashi' and name like ?")
                .param("%" + name.substring(name.length() - 6)).query(Integer.class).single()).isOne();
    }

    @Test
    void aNameLeftEmptyIsShownAtTheFieldInTheUsersLanguageAndWhatWasTypedStays() throws Exception {
        var contact = Unique.name("Contact");

        var english = page(form("/institutions/new", " ", contact).with(TestSignIn.as(Role.ME_OFFICER)));
        var albanian = page(form("/institutions/new", "", contact).param("lang", "sq").with(TestSignIn.as(Role.ME_OFFICER)));

        assertThat(english).contains("id=\"name-error\"").contains("Fill this in.")
                .contains("value=\"" + contact + "\"").contains("value=\"desk@police.example\"")
                .contains("value=\"POLICE\" selected");
        assertThat(albanian).contains("Plotësojeni këtë fushë.").contains("value=\"" + contact + "\"");
        assertThat(jdbc.sql("select count(*) from institution where contact_name = ?").param(contact)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anOfficerRenamesAnInstitutionAndTheChangeIsInTheAuditTrail() throws Exception {
        var before = Unique.name("Ministry of Labour");
        var id = institution(before, null, true);
        var after = Unique.name("Ministry of Finance, Labour and Transfers");
        var officer = TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER);

        var edit = page(get("/institutions/" + id + "/edit").with(TestSignIn.as(officer)));
        assertThat(edit).contains("Edit institution").contains("value=\"" + before + "\"")
                .contains("name=\"version\" value=\"" + version(id) + "\"");
        mvc.perform(form("/institutions/" + id + "/edit", after, "Vjosa Berisha").param("version", "" + version(id))
                        .with(TestSignIn.as(officer)))
                .andExpect(redirectedUrl("/institutions"));

        assertThat(storedName(id)).isEqualTo(after);
        var trail = jdbc.sql("""
                        select actor, action, before_state, after_state from audit_event
                        where entity_type = 'institution' and entity_id = ? order by id""")
                .param(id)
                .query((row, index) -> List.of(row.getString(1), row.getString(2), String.valueOf(row.getString(3)),
                        String.valueOf(row.getString(4))))
                .list();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0).get(1)).isEqualTo("CREATED");
        assertThat(trail.get(1).subList(0, 2)).containsExactly(officer.getUsername(), "UPDATED");
        assertThat(trail.get(1).get(2)).contains(before);
        assertThat(trail.get(1).get(3)).contains(after).contains("desk@police.example");
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndWhatWasTypedStays() throws Exception {
        var name = Unique.name("Prosecution");
        var id = institution(name, null, true);
        var seen = version(id);
        var first = Unique.name("Prosecution, first change");
        mvc.perform(form("/institutions/" + id + "/edit", first, "Someone Else").param("version", "" + seen)
                        .with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/institutions"));

        var page = page(form("/institutions/" + id + "/edit", Unique.name("My unsaved name"), "My Contact")
                .param("version", "" + seen).with(TestSignIn.as(Role.ME_OFFICER)));

        assertThat(page).contains("changed this institution at").contains("Nothing was overwritten")
                .contains("value=\"My Contact\"").contains("My unsaved name");
        assertThat(storedName(id)).isEqualTo(first);
        // sending the form again means "I have seen their change, keep mine": it carries the version saved now
        assertThat(org.jsoup.Jsoup.parse(page).select("input[name=version]").val()).isEqualTo("" + version(id));
    }

    @Test
    void scriptTypedIntoANameIsShownAsText() throws Exception {
        var name = "<script>alert('x')</script> " + Unique.name("NGO");

        var saved = mvc.perform(form("/institutions/new", name, "<b>bold</b>").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(redirectedUrl("/institutions"))
                .andReturn();
        var id = idsNamed(name).get(0);

        var list = page(get("/institutions").flashAttrs(saved.getFlashMap()).with(TestSignIn.as(Role.ME_OFFICER)));
        var edit = page(get("/institutions/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)));
        for (var html : List.of(list, edit)) {
            assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>bold</b>")
                    .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                    .contains("&lt;b&gt;bold&lt;/b&gt;");
        }
        assertThat(list).contains("Institution &quot;&lt;script&gt;");
    }

    @Test
    void focalPointsAndTheOtherReadersCannotCreateOrChangeAnInstitution() throws Exception {
        var name = Unique.name("Social services");
        var id = institution(name, null, true);
        var version = version(id);
        var sneaky = Unique.name("Sneaky");

        for (var role : List.of(Role.FOCAL_POINT, Role.COORDINATOR, Role.MEMBER, Role.EVALUATOR)) {
            RequestPostProcessor reader = TestSignIn.as(role);
            mvc.perform(get("/institutions/new").with(reader)).andExpect(status().isForbidden());
            mvc.perform(form("/institutions/new", sneaky, "x").with(reader)).andExpect(status().isForbidden());
            mvc.perform(get("/institutions/" + id + "/edit").with(reader)).andExpect(status().isForbidden());
            mvc.perform(form("/institutions/" + id + "/edit", sneaky, "x").param("version", "" + version).with(reader))
                    .andExpect(status().isForbidden());
        }

        assertThat(idsNamed(sneaky)).isEmpty();
        assertThat(storedName(id)).isEqualTo(name);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        var id = institution(Unique.name("Court"), null, true);
        var sneaky = Unique.name("Anonymous");

        mvc.perform(get("/institutions")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/institutions/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(form("/institutions/new", sneaky, "x")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/institutions/" + id + "/edit")).andExpect(redirectedUrl("/login"));
        mvc.perform(form("/institutions/" + id + "/edit", sneaky, "x").param("version", "" + version(id)))
                .andExpect(redirectedUrl("/login"));

        assertThat(idsNamed(sneaky)).isEmpty();
    }

    /**
     * The form keeps the institution's names in Albanian, Serbian and Macedonian and its acronyms; the edit form shows
     * them again, the list names them, and the audit trail records the change field by field.
     */
    @Test
    void theOfficerGivesTheNamesInOtherLanguagesAndTheAcronymsAndTheChangeIsAudited() throws Exception {
        var name = Unique.name("Ministry of Labour and Social Welfare");
        var suffix = name.substring("Ministry of Labour and Social Welfare".length());
        var officer = TestSignIn.as(Role.ME_OFFICER);
        // acronyms of this run only, so that each is this institution's alone on a database kept between runs
        var t = Unique.username("t").toUpperCase(java.util.Locale.ROOT);
        mvc.perform(form("/institutions/new", name, "Arben Gashi").param("nameSq", "Ministria e Punës" + suffix)
                        .param("acronyms", "MLSW-" + t).with(officer))
                .andExpect(redirectedUrl("/institutions"));
        var id = idsNamed(name).get(0);

        mvc.perform(form("/institutions/" + id + "/edit", name, "Arben Gashi").param("version", "" + version(id))
                        .param("nameSq", "Ministria e Punës dhe Mirëqenies Sociale" + suffix)
                        .param("nameSr", "Министарство рада и социјалне заштите" + suffix)
                        .param("nameMk", "").param("acronyms", "MLSW-" + t + "; MPMS-" + t + " ,  MRSZ-" + t).with(officer))
                .andExpect(redirectedUrl("/institutions"));

        var edit = page(get("/institutions/" + id + "/edit").with(officer));
        assertThat(edit).contains("id=\"nameSq\"").contains("value=\"MLSW-" + t + ", MPMS-" + t + ", MRSZ-" + t + "\"")
                .contains("Name in Serbian");
        assertThat(page(get("/institutions").with(TestSignIn.as(Role.MEMBER)))).contains("MLSW-" + t + ", MPMS-" + t + ", MRSZ-" + t);
        var after = jdbc.sql("select after_state from audit_event where entity_type = 'institution' and entity_id = ? "
                + "and action = 'UPDATED'").param(id).query(String.class).single();
        assertThat(after).contains("MPMS-" + t).contains("Министарство рада");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            var stored = institutions.get(id);
            assertThat(stored.nameSq()).isEqualTo("Ministria e Punës dhe Mirëqenies Sociale" + suffix);
            assertThat(stored.nameSr()).isEqualTo("Министарство рада и социјалне заштите" + suffix);
            assertThat(stored.nameMk()).isNull();
            assertThat(stored.acronyms()).containsExactly("MLSW-" + t, "MPMS-" + t, "MRSZ-" + t);
            assertThat(institutions.directory().find("mpms-" + t.toLowerCase(java.util.Locale.ROOT))).map(i -> i.id()).contains(id);
            assertThat(institutions.directory().find("Ministarstvo rada i socijalne zastite" + suffix))
                    .map(i -> i.id()).contains(id);
        } finally {
            TestSignIn.clear();
        }
    }
}
