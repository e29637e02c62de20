package org.ariadne.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The sign-in form tells a stranger nothing about which names exist, and a stranger's wrong passwords cannot keep
 * the owner of a name out: the back-off after wrong passwords holds for that name from that address only.
 */
@AriadneIntegrationTest
class SignInAnswersIntegrationTest {

    private static final String PASSWORD = "the old bridge of mitrovica";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private String account(boolean enabled) {
        var username = Unique.username("officer");
        accounts.createAtStartUp(new UserCommand(username, "Officer", null, null, Set.of(Role.ME_OFFICER), null,
                enabled, PASSWORD));
        return username;
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password);
    }

    /** Where each of eight wrong passwords in a row for the name sends the browser. */
    private List<String> answersToWrongPasswords(String username, String address) throws Exception {
        var answers = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            answers.add(mvc.perform(signIn(username, "guess " + i, address))
                    .andExpect(unauthenticated())
                    .andReturn().getResponse().getRedirectedUrl());
        }
        return answers;
    }

    @Test
    void aRealNameAndAnUnknownOneGetTheSameAnswersToWrongPasswords() throws Exception {
        var real = answersToWrongPasswords(account(true), "203.0.113.41");
        var unknown = answersToWrongPasswords(Unique.username("nobody"), "203.0.113.42");

        assertThat(real).isEqualTo(unknown);
        assertThat(real).startsWith("/login?error=bad").contains("/login?error=locked");
    }

    @Test
    void aSwitchedOffAccountIsOnlyNamedAsSuchToWhoKnowsItsPassword() throws Exception {
        var username = account(false);

        mvc.perform(signIn(username, "guess", "203.0.113.43")).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(signIn(username, PASSWORD, "203.0.113.43")).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aStrangersWrongPasswordsDoNotKeepTheOwnerOut() throws Exception {
        var username = account(true);
        answersToWrongPasswords(username, "203.0.113.44");

        mvc.perform(signIn(username, PASSWORD, "198.51.100.44")).andExpect(authenticated().withUsername(username));
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
    }
}
