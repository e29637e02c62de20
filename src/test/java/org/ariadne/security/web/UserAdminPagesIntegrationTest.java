package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class UserAdminPagesIntegrationTest {

    private static final String PASSWORD = "three rivers meet here";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Institutions institutions;

    private long newInstitution(String name) {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            return institutions.create(InstitutionCommand.named(name, InstitutionType.POLICE));
        } finally {
            TestSignIn.clear();
        }
    }

    private long existingUser(String username, Role role) {
        return accounts.createAtStartUp(new UserCommand(username, "Existing " + username, null, null, Set.of(role),
                null, true, PASSWORD));
    }

    private static MockHttpServletRequestBuilder newUser(String username, String fullName, String password,
            Long institutionId, Role... roles) {
        var request = post("/admin/users/new").with(csrf())
                .param("username", username)
                .param("fullName", fullName)
                .param("email", "")
                .param("institutionId", institutionId == null ? "" : institutionId.toString())
                .param("accessUntil", "")
                .param("enabled", "true")
                .param("password", password);
        for (var role : roles) {
            request.param("roles", role.name());
        }
        return request;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A sign-in from an address of the test's own, so other tests' failed sign-ins never throttle this one. */
    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        RequestPostProcessor from = request -> {
            request.setRemoteAddr(address);
            return request;
        };
        return post("/login").with(csrf()).with(from).param("username", username).param("password", password);
    }

    @Test
    void anAdministratorCreatesAFocalPointForAnInstitutionAndSeesThemInTheList() throws Exception {
        var institution = Unique.name("Border Police");
        var institutionId = newInstitution(institution);
        var username = Unique.username("fp");

        mvc.perform(newUser(username, "Drita Hoxha", PASSWORD, institutionId, Role.FOCAL_POINT)
                        .with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/users/*"));

        var list = page(get("/admin/users").with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(list).contains("Drita Hoxha").contains(username).contains(institution).contains("Focal point");
        var created = accounts.loadUserByUsername(username);
        assertThat(created.institutionId()).isEqualTo(institutionId);
        assertThat(created.roles()).containsExactly(Role.FOCAL_POINT);
    }

    @Test
    void aFocalPointWithoutAnInstitutionIsRefusedWithTheReasonAndNothingIsSaved() throws Exception {
        var username = Unique.username("fp");

        var page = mvc.perform(newUser(username, "Blerim Krasniqi", PASSWORD, null, Role.FOCAL_POINT)
                        .with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("A focal point reports for an institution: choose the institution.")
                .contains("value=\"Blerim Krasniqi\"").contains("value=\"" + username + "\"")
                .doesNotContain(PASSWORD);
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aTooShortPasswordShowsTheRule() throws Exception {
        var username = Unique.username("officer");

        var page = page(newUser(username, "Short Password", "short", null, Role.ME_OFFICER)
                .with(TestSignIn.as(Role.ADMINISTRATOR)));

        assertThat(page).contains("The password is too short: it needs at least 10 characters.");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aUserNameThatIsTakenIsRefused() throws Exception {
        var username = Unique.username("taken");
        existingUser(username, Role.MEMBER);

        var page = page(newUser(username, "Second Person", PASSWORD, null, Role.MEMBER)
                .with(TestSignIn.as(Role.ADMINISTRATOR)));

        assertThat(page).contains("The user name “" + username + "” is already taken.");
    }

    @Test
    void anAccountWithoutARoleIsRefused() throws Exception {
        var username = Unique.username("norole");

        var page = page(newUser(username, "No Role", PASSWORD, null).with(TestSignIn.as(Role.ADMINISTRATOR)));

        assertThat(page).contains("Choose at least one role.");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void theAdministratorChangesRolesAndAccessEndOfAnEvaluator() throws Exception {
        var username = Unique.username("evaluator");
        var id = existingUser(username, Role.MEMBER);
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var version = accounts.get(id).version();
        TestSignIn.clear();

        mvc.perform(post("/admin/users/" + id).with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                        .param("version", String.valueOf(version))
                        .param("fullName", "Independent Evaluator")
                        .param("roles", "EVALUATOR")
                        .param("accessUntil", "2030-06-30")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users"));

        var updated = accounts.loadUserByUsername(username);
        assertThat(updated.roles()).containsExactly(Role.EVALUATOR);
        assertThat(updated.fullName()).isEqualTo("Independent Evaluator");
        var form = page(get("/admin/users/" + id).with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(form).contains("value=\"2030-06-30\"").contains("Independent Evaluator");
    }

    @Test
    void anEvaluatorWithoutAnEndToTheirAccessIsRefused() throws Exception {
        var username = Unique.username("evaluator");
        var id = existingUser(username, Role.MEMBER);
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var version = accounts.get(id).version();
        TestSignIn.clear();

        var page = page(post("/admin/users/" + id).with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("version", String.valueOf(version))
                .param("fullName", "Independent Evaluator")
                .param("roles", "EVALUATOR")
                .param("enabled", "true"));

        assertThat(page).contains("set the date when the access ends");
        assertThat(accounts.loadUserByUsername(username).roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndTheInputKept() throws Exception {
        var id = existingUser(Unique.username("stale"), Role.MEMBER);

        var page = page(post("/admin/users/" + id).with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("version", "99")
                .param("fullName", "My Unsaved Name")
                .param("roles", "MEMBER")
                .param("enabled", "true"));

        assertThat(page).contains("changed this account at").contains("Nothing was overwritten")
                .contains("value=\"My Unsaved Name\"");
        // sending the form again means "I have seen their change, keep mine": it carries the version saved now
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            assertThat(Jsoup.parse(page).select("input[name=version]").val())
                    .isEqualTo(Integer.toString(accounts.get(id).version()));
        } finally {
            TestSignIn.clear();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | A focal point reports for an institution: choose the institution. | The password is too short: it needs at least 10 characters.
            sq | Pika e kontaktit raporton për një institucion: zgjidhni institucionin. | Fjalëkalimi është shumë i shkurtër: duhen të paktën 10 karaktere.
            """)
    void aNewFocalPointWithoutInstitutionAndWithAShortPasswordHearsBothReasonsAtOnceBesideTheirFields(String language,
            String institutionRequired, String passwordTooShort) throws Exception {
        var username = Unique.username("both");

        var page = Jsoup.parse(page(newUser(username, "Blerta Morina", "short", null, Role.FOCAL_POINT)
                .locale(Locale.forLanguageTag(language)).with(TestSignIn.as(Role.ADMINISTRATOR))));

        assertThat(page.select(".field:has(#institutionId) .field-error").text()).isEqualTo(institutionRequired);
        assertThat(page.select(".field:has(#password) .field-error").text()).isEqualTo(passwordTooShort);
        assertThat(page.select("[role=alert]").text()).contains(institutionRequired).contains(passwordTooShort);
        assertThat(page.select("#fullName").val()).isEqualTo("Blerta Morina");
        assertThat(accounts.exists(username)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Fill this in. | Choose at least one role.
            sq | Plotësojeni këtë fushë. | Zgjidhni të paktën një rol.
            """)
    void anEmptyNameAndNoRoleShowTogetherThoughOneIsTheFormsCheckAndTheOtherTheAccountRule(String language,
            String required, String noRole) throws Exception {
        var username = Unique.username("norole");

        var page = Jsoup.parse(page(newUser(username, "", PASSWORD, null)
                .locale(Locale.forLanguageTag(language)).with(TestSignIn.as(Role.ADMINISTRATOR))));

        assertThat(page.select(".field:has(#fullName) .field-error").text()).isEqualTo(required);
        assertThat(page.select("fieldset .field-error").text()).isEqualTo(noRole);
        assertThat(page.select("#username").val()).isEqualTo(username);
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void anMEOfficerMayNeitherSeeNorChangeUsers() throws Exception {
        var id = existingUser(Unique.username("target"), Role.MEMBER);
        var officer = TestSignIn.as(Role.ME_OFFICER);

        mvc.perform(get("/admin/users").with(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/" + id).with(officer)).andExpect(status().isForbidden());
        mvc.perform(newUser(Unique.username("sneaky"), "Sneaky", PASSWORD, null, Role.ADMINISTRATOR).with(officer))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id).with(csrf()).with(officer)
                .param("version", "0").param("fullName", "X").param("roles", "ADMINISTRATOR"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(officer)
                .param("newPassword", PASSWORD + "!").param("repeatPassword", PASSWORD + "!"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(officer))
                .andExpect(status().isForbidden());
    }

    @Test
    void unlockingALockedAccountLetsThePersonSignInAgain() throws Exception {
        var username = Unique.username("locked");
        var id = existingUser(username, Role.ME_OFFICER);
        var address = "10.77.0." + (id % 250 + 1);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(username, "wrong guess " + i, address)).andExpect(unauthenticated());
        }
        mvc.perform(signIn(username, PASSWORD, address))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=locked"));
        assertThat(page(get("/admin/users/" + id).with(TestSignIn.as(Role.ADMINISTRATOR)))).contains("Locked");

        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR)))
                .andExpect(redirectedUrl("/admin/users/" + id));

        mvc.perform(signIn(username, PASSWORD, address)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void theAdministratorResetsAPasswordTypedTwiceTheSame() throws Exception {
        var username = Unique.username("forgot");
        var id = existingUser(username, Role.MEMBER);
        var newPassword = "a new morning in tirana";

        var mismatch = page(post("/admin/users/" + id + "/password").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("newPassword", newPassword).param("repeatPassword", newPassword + "x"));
        assertThat(mismatch).contains("The two passwords are not the same.");

        var tooShort = page(post("/admin/users/" + id + "/password").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                .param("newPassword", "short").param("repeatPassword", "short"));
        assertThat(tooShort).contains("at least 10 characters");

        mvc.perform(post("/admin/users/" + id + "/password").with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR))
                        .param("newPassword", newPassword).param("repeatPassword", newPassword))
                .andExpect(redirectedUrl("/admin/users/" + id));
        mvc.perform(signIn(username, newPassword, "10.78.0.1")).andExpect(authenticated());
    }

    @Test
    void theNewUserFormExplainsEachRoleAndThePasswordRule() throws Exception {
        var form = page(get("/admin/users/new").with(TestSignIn.as(Role.ADMINISTRATOR)));

        assertThat(form).contains("Fills in and submits the progress reports of their own institution only.")
                .contains("Independent expert for a limited time")
                .contains("At least 10 characters");
    }

    @Test
    void theUserPagesSpeakAlbanianWhenAsked() throws Exception {
        var list = page(get("/admin/users").param("lang", "sq").with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(list).contains("Përdoruesit").contains("Hyrja e fundit");

        var form = page(get("/admin/users/new").param("lang", "sq").with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(form).contains("Pikë kontakti").contains("Të paktën 10 karaktere");
    }
}
