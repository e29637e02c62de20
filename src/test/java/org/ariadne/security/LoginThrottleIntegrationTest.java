package org.ariadne.security;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Password guessing spread over many user names, so that no account's own lock-out stops it, is stopped per network
 * address. Runs with the shipped limit (30 failures in 10 minutes): 30 wrong sign-ins take a few seconds, less than
 * an application context of its own would. Each test uses addresses of its own (documentation ranges), so other
 * tests' failed sign-ins never count here. How the window passes is in {@link LoginThrottleUnitTest}: it needs a
 * clock the test can move.
 */
@AriadneIntegrationTest
class LoginThrottleIntegrationTest {

    private static final int LIMIT = 30;
    private static final String PASSWORD = "seven bridges of prizren";
    private static final String THROTTLED = "Too many failed sign-ins from your network. Wait 10 minutes and try again.";

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

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", username).param("password", password);
    }

    /** The limit's worth of wrong passwords, each for another user name: none of them is locked by it. */
    private void guessFrom(String address) throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            mvc.perform(signIn(Unique.username("guess"), "guess " + i, address))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void afterThirtyFailedSignInsFromOneAddressEvenTheRightPasswordIsRefusedWithTheReason() throws Exception {
        var officer = newOfficer();
        var address = "192.0.2.17";

        guessFrom(address);

        mvc.perform(signIn(officer, PASSWORD, address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=throttled"));
        assertThat(page(get("/login").param("error", "throttled"))).contains(THROTTLED);
        assertThat(page(get("/login").param("error", "throttled").param("lang", "sq")))
                .contains("Shumë përpjekje të dështuara nga rrjeti juaj. Prisni 10 minuta dhe provoni përsëri.");
        assertThat(accounts.loadUserByUsername(officer).isAccountNonLocked())
                .as("the officer's own account is not locked: the address is refused, not the person")
                .isTrue();
    }

    @Test
    void theSamePersonSignsInFromAnotherAddressMeanwhile() throws Exception {
        var officer = newOfficer();

        guessFrom("192.0.2.33");

        mvc.perform(signIn(officer, PASSWORD, "198.51.100.33")).andExpect(authenticated().withUsername(officer));
        mvc.perform(signIn(officer, "wrong " + PASSWORD, "198.51.100.33"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aForwardedForHeaderDoesNotGetAThrottledAddressPastTheLimit() throws Exception {
        var officer = newOfficer();
        var address = "192.0.2.49";

        guessFrom(address);

        // Ariadne does not trust forwarding headers (no proxy is configured): anyone could write one.
        mvc.perform(signIn(officer, PASSWORD, address).header("X-Forwarded-For", "198.51.100.49"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=throttled"));
    }
}
