package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ariadne.institutions.InstitutionCommand;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's single sign-on rules (who the identity provider may let in, with which roles): refused input is
 * said beside the form in the administrator's language and kept; a saved rule is listed and on the trail, and can be
 * removed. Without an identity provider configured (as here), the sign-in page offers the password form only.
 */
@AriadneIntegrationTest
class SignInMappingsPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long police() {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            return institutions.create(InstitutionCommand.named(Unique.name("Sso police"), InstitutionType.POLICE));
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void aFocalPointRuleWithoutInstitutionIsRefusedInTheAdministratorsLanguageAndWhatWasTypedStays() throws Exception {
        var group = Unique.username("sso-group");
        var answer = page(post("/admin/users/sign-in-mappings").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .locale(Locale.forLanguageTag("sq"))
                .param("kind", "GROUP").param("value", group).param("roles", "FOCAL_POINT"));

        assertThat(answer).contains("Pika e kontaktit raporton për një institucion").contains("value=\"" + group + "\"");
        assertThat(jdbc.sql("select count(*) from oidc_mapping where match_value = ?").param(group)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSavedRuleIsListedOnTheTrailAndCanBeRemoved() throws Exception {
        var police = police();
        var email = Unique.username("a.person") + "@Ministry.example";
        mvc.perform(post("/admin/users/sign-in-mappings").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("kind", "EMAIL").param("value", email).param("roles", "FOCAL_POINT")
                .param("institutionId", Long.toString(police)));

        var list = page(get("/admin/users/sign-in-mappings").with(TestSignIn.as(Role.ADMINISTRATOR)));
        // e-mail addresses match whatever their case
        assertThat(list).contains(email.toLowerCase(Locale.ROOT)).contains("Focal point");
        long id = jdbc.sql("select id from oidc_mapping where match_value = ?").param(email.toLowerCase(Locale.ROOT))
                .query(Long.class).single();
        assertThat(jdbc.sql("select actor from audit_event where entity_type = 'sign-in-mapping' and entity_id = ?")
                .param(id).query(String.class).list()).containsExactly("administrator");

        // the same address again is refused, naming it
        var again = page(post("/admin/users/sign-in-mappings").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("kind", "EMAIL").param("value", email).param("roles", "MEMBER"));
        assertThat(again).contains("already has a row of this kind");

        mvc.perform(post("/admin/users/sign-in-mappings/" + id + "/delete").with(csrf())
                .with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(page(get("/admin/users/sign-in-mappings").with(TestSignIn.as(Role.ADMINISTRATOR))))
                .doesNotContain(email.toLowerCase(Locale.ROOT));
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'sign-in-mapping' and entity_id = ?"
                + " order by id").param(id).query(String.class).list()).containsExactly("CREATED", "DELETED");
    }

    @Test
    void withoutAnIdentityProviderTheSignInPageOffersThePasswordFormOnly() throws Exception {
        var login = page(get("/login"));
        assertThat(login).contains("name=\"password\"").doesNotContain("/oauth2/authorization/");
        assertThat(page(get("/login/refused").param("reason", "unknown").locale(Locale.forLanguageTag("mk"))))
                .contains("Ariadne нема сметка за вас");
    }
}
