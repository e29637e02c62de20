package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;

import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.security.Participants;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The installation's administrator keeps the participants (issue 19): pages, refusals and the audit trail. */
@AriadneIntegrationTest
class ParticipantAdminIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Participants participants;
    @Autowired
    JdbcClient jdbc;

    private final SignedInUser installationAdmin = TestSignIn.userOf(null, Unique.username("install"), null,
            Role.ADMINISTRATOR);

    private static MockHttpServletRequestBuilder form(String address, String code, String name, String nameSq) {
        return post(address).with(csrf()).param("code", code).param("name", name).param("nameSq", nameSq)
                .param("nameSr", "").param("nameMk", "");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String code() {
        return Unique.username("p").toUpperCase().replaceAll("[^A-Z0-9]", "");
    }

    @Test
    void theInstallationsAdministratorAddsAParticipantAndReadsItInTheirLanguage() throws Exception {
        var code = code();
        var name = Unique.name("Montenegro");
        mvc.perform(form("/admin/participants/new", code.toLowerCase(), name, "Mali i Zi " + code)
                        .with(TestSignIn.as(installationAdmin)))
                .andExpect(redirectedUrl("/admin/participants"));

        var saved = participants.byCode(code).orElseThrow();
        assertThat(saved.name()).isEqualTo(name);
        var english = page(get("/admin/participants").with(TestSignIn.as(installationAdmin)));
        assertThat(english.select("#participants tr").text()).contains(code, name);
        var albanian = page(get("/admin/participants?lang=sq").with(TestSignIn.as(installationAdmin)));
        assertThat(albanian.select("#participants tr").text()).contains("Mali i Zi " + code).doesNotContain(name);

        var edit = page(get("/admin/participants/" + saved.id()).with(TestSignIn.as(installationAdmin)));
        assertThat(edit.select("input[name=code]").val()).isEqualTo(code);
        mvc.perform(form("/admin/participants/" + saved.id(), code, name + " (renamed)", "")
                        .param("version", String.valueOf(saved.version())).with(TestSignIn.as(installationAdmin)))
                .andExpect(redirectedUrl("/admin/participants"));
        assertThat(participants.get(saved.id()).name()).isEqualTo(name + " (renamed)");
    }

    @Test
    void anEmptyOrTakenCodeIsRefusedBesideTheField() throws Exception {
        var empty = page(form("/admin/participants/new", " ", "", "").with(TestSignIn.as(installationAdmin)));
        assertThat(empty.select(".field.invalid input").eachAttr("name")).contains("code", "name");
        assertThat(empty.select("#code-error").text()).isNotBlank();

        var taken = participants.get(ParticipantScope.HOME).code();
        var duplicate = page(form("/admin/participants/new", taken.toLowerCase(), Unique.name("Other"), "")
                .with(TestSignIn.as(installationAdmin)));
        assertThat(duplicate.select("#code-error").text()).contains("“" + taken + "” is already another participant’s code");
        assertThat(participants.list()).extracting(p -> p.code()).containsOnlyOnce(taken);
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsLabels() throws Exception {
        var code = code();
        var name = Unique.name("Serbia");
        mvc.perform(form("/admin/participants/new", code, name, "").with(TestSignIn.as(installationAdmin)))
                .andExpect(redirectedUrl("/admin/participants"));
        long id = participants.byCode(code).orElseThrow().id();

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'participant' and entity_id = ?")
                .param(id).query(Long.class).single()).isEqualTo(1);
        var history = page(get("/audit/history/participant/" + id).with(TestSignIn.as(installationAdmin)));
        assertThat(history.text()).contains(name).contains("Participant code").contains(code);
    }

    @Test
    void aParticipantsOwnAdministratorNeitherSeesNorOpensTheParticipants() throws Exception {
        var own = TestSignIn.userOf(ParticipantScope.HOME, Unique.username("admin"), null, Role.ADMINISTRATOR);
        mvc.perform(get("/admin/participants").with(TestSignIn.as(own))).andExpect(status().isForbidden());
        mvc.perform(form("/admin/participants/new", code(), "Anything", "").with(TestSignIn.as(own)))
                .andExpect(status().isForbidden());
        var menu = page(get("/admin/users").with(TestSignIn.as(own))).select("nav.mainnav a").eachAttr("href");
        assertThat(menu).contains("/admin/users").doesNotContain("/admin/participants");
        var installationMenu = page(get("/admin/users").with(TestSignIn.as(installationAdmin)))
                .select("nav.mainnav a").eachAttr("href");
        assertThat(installationMenu).contains("/admin/users", "/admin/participants");
    }
}
