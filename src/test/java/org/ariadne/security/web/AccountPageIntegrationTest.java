package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class AccountPageIntegrationTest {

    private static final String PASSWORD = "the old bridge at mostar";
    private static final String NEW_PASSWORD = "a quiet street in prizren";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    /** A real account (changing a password needs one), signed in without the form. */
    private String newAccount(Role... roles) {
        var username = Unique.username("me");
        var accessUntil = Set.of(roles).contains(Role.EVALUATOR) ? java.time.LocalDate.now().plusMonths(3) : null;
        accounts.createAtStartUp(new UserCommand(username, "Arbëresha Gashi", null, null, Set.of(roles), accessUntil, true,
                PASSWORD));
        return username;
    }

    private RequestPostProcessor as(String username) {
        return TestSignIn.as(accounts.loadUserByUsername(username));
    }

    private MockHttpServletRequestBuilder changePassword(String username, String current, String next, String repeat) {
        return post("/account/password").with(csrf()).with(as(username))
                .param("currentPassword", current).param("newPassword", next).param("repeatPassword", repeat);
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr("10.79.0.1");
            return request;
        };
        return post("/login").with(csrf()).with(from).param("username", username).param("password", password);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyoneSeesTheirOwnNameAndRoles() throws Exception {
        var username = newAccount(Role.MEMBER, Role.EVALUATOR);

        var page = page(get("/account").with(as(username)));

        assertThat(page).contains("Arbëresha Gashi").contains(username).contains("Member").contains("Evaluator");
    }

    @Test
    void changingTheOwnPasswordNeedsTheRightCurrentPassword() throws Exception {
        var username = newAccount(Role.COORDINATOR);

        var refused = page(changePassword(username, "not my password", NEW_PASSWORD, NEW_PASSWORD));
        assertThat(refused).contains("This is not your current password.");
        mvc.perform(signIn(username, NEW_PASSWORD)).andExpect(unauthenticated());

        mvc.perform(changePassword(username, PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(signIn(username, NEW_PASSWORD)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void aWrongCurrentPasswordAndATooShortNewOneAreToldTogetherBesideTheirFields() throws Exception {
        var username = newAccount(Role.MEMBER);

        var page = org.jsoup.Jsoup.parse(page(changePassword(username, "not my password", "short", "shorter")));

        assertThat(page.select(".field:has(#currentPassword) .field-error").text())
                .isEqualTo("This is not your current password.");
        assertThat(page.select(".field:has(#newPassword) .field-error").text())
                .isEqualTo("The password is too short: it needs at least 10 characters.");
        assertThat(page.select(".field:has(#repeatPassword) .field-error").text())
                .isEqualTo("The two passwords are not the same. Type them again.");
        mvc.perform(signIn(username, PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theNewPasswordMustBeTypedTwiceTheSameAndFollowTheRule() throws Exception {
        var username = newAccount(Role.MEMBER);

        assertThat(page(changePassword(username, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")))
                .contains("The two passwords are not the same.");
        assertThat(page(changePassword(username, PASSWORD, "short", "short")))
                .contains("The password is too short: it needs at least 10 characters.");
        assertThat(page(changePassword(username, PASSWORD, "my " + username + " pass", "my " + username + " pass")))
                .contains("The password must not contain the user name.");
        mvc.perform(signIn(username, PASSWORD)).andExpect(authenticated());
    }

    @Test
    void choosingALanguageKeepsItOnTheAccountAndSwitchesThePage() throws Exception {
        var username = newAccount(Role.ME_OFFICER);

        mvc.perform(post("/account/language").with(csrf()).with(as(username)).param("language", "sq"))
                .andExpect(redirectedUrl("/account?lang=sq"));

        assertThat(accounts.preferredLocale(username)).contains("sq");
        var page = page(get("/account").param("lang", "sq").with(as(username)));
        assertThat(page).contains("Llogaria ime").contains("Ndryshoni fjalëkalimin").contains("lang=\"sq\"");
    }

    @Test
    void aLanguageThatIsNotOfferedIsNotSaved() throws Exception {
        var username = newAccount(Role.ME_OFFICER);

        mvc.perform(post("/account/language").with(csrf()).with(as(username)).param("language", "xx"))
                .andExpect(redirectedUrl("/account"));

        assertThat(accounts.preferredLocale(username)).isEmpty();
    }

    @Test
    void theAccountPageIsOnlyForSignedInPeople() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
