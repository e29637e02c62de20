package org.ariadne.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The trail's person filter names people as they are ("Lirie Dervishi (lirie)"), never "null (lirie)". */
@AriadneIntegrationTest
class AuditPersonFilterIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void thePersonFilterNamesEachPersonByTheirFullName() throws Exception {
        var username = Unique.username("lirie");
        accounts.createAtStartUp(new UserCommand(username, "Lirie Dervishi", null, null, Set.of(Role.ME_OFFICER), null,
                true, "Audit-person-2026"));
        var user = TestSignIn.user(username, null, Role.ME_OFFICER);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        institutions.create(new InstitutionCommand(Unique.name("Shelter"), null, InstitutionType.SHELTER_NGO,
                InstitutionLevel.NATIONAL, false, true, null, null, null, true));
        TestSignIn.clear();

        var html = mvc.perform(get("/audit").with(TestSignIn.as(Role.COORDINATOR))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var options = Jsoup.parse(html).select("select#actor option");

        assertThat(options.select("option[value=" + username + "]").text())
                .isEqualTo("Lirie Dervishi (" + username + ")");
        assertThat(options.eachText()).noneMatch(text -> text.startsWith("null"));
    }
}
