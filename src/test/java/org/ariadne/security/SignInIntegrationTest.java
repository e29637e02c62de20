package org.ariadne.security;

import java.util.Set;

import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class SignInIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    private String newOfficer() {
        var username = Unique.username("officer");
        accounts.createAtStartUp(new UserCommand(username, "Officer", null, null, Set.of(Role.ME_OFFICER), null, true,
                PASSWORD));
        return username;
    }

    @Test
    void everyPageAsksAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/institutions")).andExpect(status().is3xxRedirection());
    }

    @Test
    void officerSignsInWithTheRightPasswordAndUserNameInAnyCase() throws Exception {
        var username = newOfficer();
        mvc.perform(formLogin().user(username.toUpperCase()).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordIsRefusedWithAReason() throws Exception {
        var username = newOfficer();
        mvc.perform(formLogin().user(username).password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void fiveWrongPasswordsHoldTheNameBackFromThatAddressEvenAgainstTheRightPassword() throws Exception {
        var username = newOfficer();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked"));
        // the hold is on the name from that address, not on the account: a stranger cannot lock the owner out
        assertThat(accounts.loadUserByUsername(username).isAccountNonLocked()).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCountOfWrongPasswords() throws Exception {
        var username = newOfficer();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("guess " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("again " + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        var username = newOfficer();
        var hash = accounts.loadUserByUsername(username).getPassword();
        assertThat(hash).startsWith("{argon2id@owasp}$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
    }

    @Test
    void passwordsHashedWithTheEarlierSettingsStillSignIn(
            @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder) {
        var earlier = "{argon2@SpringSecurity_v5_8}" + org.springframework.security.crypto.argon2.Argon2PasswordEncoder
                .defaultsForSpringSecurity_v5_8().encode(PASSWORD);

        assertThat(encoder.matches(PASSWORD, earlier)).isTrue();
        assertThat(encoder.matches("wrong " + PASSWORD, earlier)).isFalse();
    }

    @Test
    void theSignInPageIsShownInAlbanianWhenAsked() throws Exception {
        var page = mvc.perform(get("/login").param("lang", "sq")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Emri i përdoruesit").contains("lang=\"sq\"");
    }
}
