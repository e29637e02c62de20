package org.ariadne.security;

import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Policies around the pages: a change sent from another site is refused even with a valid CSRF token; the actuator
 * lists nothing to signed-in people; HTTPS answers carry HSTS.
 */
@AriadneIntegrationTest
class OriginAndActuatorIntegrationTest {

    @Autowired
    MockMvc mvc;

    /** A change any signed-in person may make: choosing the language of their pages. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder chooseLanguage() {
        return post("/account/language").param("language", "en").with(csrf()).with(TestSignIn.as(Role.MEMBER));
    }

    @Test
    void aChangeFromAForeignOriginIsRefusedDespiteAValidToken() throws Exception {
        mvc.perform(chooseLanguage().header("Origin", "https://evil.example")).andExpect(status().isForbidden());
        mvc.perform(chooseLanguage().header("Origin", "null")).andExpect(status().isForbidden());
        mvc.perform(chooseLanguage().header("Referer", "https://evil.example/page")).andExpect(status().isForbidden());
        mvc.perform(post("/login").with(csrf()).header("Origin", "http://localhost.evil.example")
                .param("username", "x").param("password", "y")).andExpect(status().isForbidden());
    }

    @Test
    void aChangeFromThisSiteOrWithoutOriginGoesThrough() throws Exception {
        mvc.perform(chooseLanguage().header("Origin", "http://localhost")).andExpect(status().is3xxRedirection());
        mvc.perform(chooseLanguage().header("Referer", "http://localhost/account")).andExpect(status().is3xxRedirection());
        mvc.perform(chooseLanguage()).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans").header("Origin", "https://evil.example").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk());
    }

    @Test
    void theActuatorListsNoLinksToSignedInPeople() throws Exception {
        for (var role : new Role[] {Role.MEMBER, Role.ME_OFFICER, Role.ADMINISTRATOR}) {
            var answer = mvc.perform(get("/actuator").with(TestSignIn.as(role))).andReturn().getResponse();
            assertThat(answer.getStatus()).as(role.name()).isIn(403, 404);
            assertThat(answer.getContentAsString()).doesNotContain("_links").doesNotContain("actuator/health");
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void answersOverHttpsCarryHsts() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }
}
