package org.ariadne.security;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in session follows its account at once: what the administrator does to the account counts on the person's
 * very next request, not at their next sign-in; and no session lasts longer than its absolute lifetime, however busy.
 */
@AriadneIntegrationTest
class AccountSessionsIntegrationTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private long account(String username, Set<Role> roles, LocalDate accessUntil) {
        return accounts.createAtStartUp(new UserCommand(username, "Person " + username, null, null, roles, accessUntil,
                true, PASSWORD));
    }

    private MockHttpSession signIn(String username) throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    /** The administrator changes the account as the user page would. */
    private void administratorChanges(long id, Set<Role> roles, LocalDate accessUntil, boolean enabled) {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var now = accounts.get(id);
        accounts.update(id, now.version(), new UserCommand(now.username(), now.fullName(), now.email(),
                now.institutionId(), roles, accessUntil, enabled, null));
        TestSignIn.clear();
    }

    private void expectSignedOut(MockHttpSession session) throws Exception {
        mvc.perform(get("/plans").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void disablingTheAccountEndsItsOpenSession() throws Exception {
        var username = Unique.username("officer");
        var id = account(username, Set.of(Role.ME_OFFICER), null);
        var session = signIn(username);
        mvc.perform(get("/plans/new").session(session)).andExpect(status().isOk());

        administratorChanges(id, Set.of(Role.ME_OFFICER), null, false);

        expectSignedOut(session);
    }

    @Test
    void aRemovedRoleIsGoneFromTheOpenSessionAtOnce() throws Exception {
        var username = Unique.username("officer");
        var id = account(username, Set.of(Role.ME_OFFICER), null);
        var session = signIn(username);
        mvc.perform(get("/plans/new").session(session)).andExpect(status().isOk());

        administratorChanges(id, Set.of(Role.MEMBER), null, true);

        mvc.perform(get("/plans/new").session(session)).andExpect(status().isForbidden());
        // still signed in, with the rights the account has now
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());
    }

    @Test
    void anEvaluatorsAccessEndingInThePastEndsTheOpenSession() throws Exception {
        var username = Unique.username("evaluator");
        var id = account(username, Set.of(Role.EVALUATOR), LocalDate.now().plusMonths(3));
        var session = signIn(username);
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());

        administratorChanges(id, Set.of(Role.EVALUATOR), LocalDate.now().minusDays(1), true);

        expectSignedOut(session);
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheOpenSession() throws Exception {
        var username = Unique.username("officer");
        var id = account(username, Set.of(Role.ME_OFFICER), null);
        var session = signIn(username);

        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        accounts.resetPassword(id, "another horse battery staple", "another horse battery staple");
        TestSignIn.clear();

        expectSignedOut(session);
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        var username = Unique.username("officer");
        account(username, Set.of(Role.ME_OFFICER), null);
        var here = signIn(username);
        var elsewhere = signIn(username);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "another horse battery staple")
                        .param("repeatPassword", "another horse battery staple"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/plans/new").session(here)).andExpect(status().isOk());
        expectSignedOut(elsewhere);
    }

    @Test
    void aStrangersWrongPasswordsAndTheOwnersLanguageLeaveTheAdministratorsOpenFormSavable() throws Exception {
        var username = Unique.username("officer");
        var id = account(username, Set.of(Role.ME_OFFICER), null);
        var session = signIn(username);
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var opened = accounts.get(id);
        TestSignIn.clear();

        // meanwhile someone guesses at the account twice, and its owner switches the language
        mvc.perform(formLogin().user(username).password("guess one")).andExpect(redirectedUrlPattern("/login?error=*"));
        mvc.perform(formLogin().user(username).password("guess two")).andExpect(redirectedUrlPattern("/login?error=*"));
        mvc.perform(post("/account/language").session(session).with(csrf()).param("language", "sq"))
                .andExpect(status().is3xxRedirection());

        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        assertThat(accounts.get(id).failedLogins()).isEqualTo(2);
        assertThat(accounts.preferredLocale(username)).contains("sq");
        // the form the administrator opened before all that still saves: nothing the administrator edits changed
        accounts.update(id, opened.version(), new UserCommand(opened.username(), "Renamed " + username,
                opened.email(), opened.institutionId(), Set.of(Role.ME_OFFICER, Role.MEMBER), null, true, null));
        TestSignIn.clear();
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
        var username = Unique.username("officer");
        account(username, Set.of(Role.ME_OFFICER), null);
        var session = signIn(username);
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());

        // as if signed in 12 hours and a minute ago (the default lifetime is 12 hours), active ever since
        session.setAttribute(AccountSessionCheck.SIGNED_IN_AT,
                System.currentTimeMillis() - Duration.ofHours(12).plusMinutes(1).toMillis());

        expectSignedOut(session);
    }
}
