package org.ariadne.common.web;

import java.util.List;
import java.util.Map;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main menu is grouped (issue 13: fifteen entries wrapped onto two lines), and grouping took nobody's way to a
 * page: every role finds in the groups every link the flat menu gave it.
 */
@AriadneIntegrationTest
class MainMenuIntegrationTest {

    /**
     * The flat menu before grouping (layout.html of stop 25), as it rendered {@code /plans} for each role: the links of
     * {@code nav.mainnav} in their order. Taken from the page, not from reading the template.
     */
    private static final Map<String, List<String>> FLAT_MENU = Map.of(
            "ADMINISTRATOR", List.of("/plans", "/reporting", "/institutions", "/audit", "/admin/users", "/strategies",
                    "/services", "/trainings", "/recommendations"),
            "COORDINATOR", List.of("/plans", "/reporting", "/institutions", "/victim-data/access-log",
                    "/victim-data/statistics", "/audit", "/strategies", "/coordination", "/services", "/evaluations",
                    "/trainings", "/recommendations", "/my/activities"),
            "COORDINATOR+VICTIM_DATA_OFFICER", List.of("/plans", "/reporting", "/institutions", "/victim-data/cases",
                    "/victim-data/statistics", "/audit", "/strategies", "/coordination", "/services", "/evaluations",
                    "/trainings", "/recommendations", "/my/activities"),
            "EVALUATOR", List.of("/plans", "/reporting", "/institutions", "/victim-data/statistics", "/audit",
                    "/strategies", "/services", "/evaluations", "/trainings", "/recommendations"),
            "FOCAL_POINT", List.of("/plans", "/reporting", "/institutions", "/strategies", "/coordination", "/services",
                    "/trainings", "/recommendations"),
            "MEMBER", List.of("/plans", "/reporting", "/institutions", "/victim-data/statistics", "/strategies",
                    "/coordination", "/services", "/evaluations", "/trainings", "/recommendations"),
            "ME_OFFICER", List.of("/plans", "/reporting", "/institutions", "/victim-data/statistics", "/audit",
                    "/strategies", "/coordination", "/services", "/evaluations", "/trainings", "/recommendations",
                    "/my/activities",
                    // regional: the participant's mapping onto the regional indicator set (issue 19 item 2)
                    "/regional/mapping"),
            // the coordinator of a region or municipality (issue 19): its units' plans and reports, the directory
            "LOCAL_COORDINATOR", List.of("/plans", "/reporting", "/institutions", "/strategies", "/services",
                    "/trainings", "/recommendations"),
            "VICTIM_DATA_OFFICER", List.of("/plans", "/reporting", "/institutions", "/victim-data/cases",
                    "/victim-data/statistics", "/audit", "/strategies", "/services", "/trainings", "/recommendations"),
            // regional: the regional body's staff (issue 19 item 2): the comparison, and what everyone signed in reads
            "REGIONAL_OFFICER", List.of("/plans", "/reporting", "/institutions", "/strategies", "/services",
                    "/trainings", "/recommendations", "/regional"));

    @Autowired
    MockMvc mvc;

    private Document page(String path, RequestPostProcessor who) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString());
    }

    private static RequestPostProcessor signedIn(String who) {
        return TestSignIn.as(java.util.Arrays.stream(who.split("\\+")).map(Role::valueOf).toArray(Role[]::new));
    }

    @Test
    void everyRoleFindsEveryLinkOfTheFlatMenuInTheGroups() throws Exception {
        assertThat(FLAT_MENU.keySet()).as("every role is signed in")
                .containsAll(java.util.Arrays.stream(Role.values()).map(Role::name).toList());
        for (var role : FLAT_MENU.entrySet()) {
            var menu = page("/plans", signedIn(role.getKey())).selectFirst("nav.mainnav");
            assertThat(menu).as(role.getKey()).isNotNull();
            var links = menu.select(".menu-group a[href]").eachAttr("href");
            assertThat(links).as(role.getKey() + " reaches what it reached").containsAll(role.getValue());
            assertThat(links).as(role.getKey() + " reaches nothing new through the menu")
                    .containsOnlyElementsOf(role.getValue()).doesNotHaveDuplicates();
            var groups = menu.select(".menu-groups > li.menu-group > details > summary");
            assertThat(groups.size()).as(role.getKey() + ": a few top entries").isBetween(3, 5);
            assertThat(menu.select(".menu-group details")).allSatisfy(group ->
                    assertThat(group.select("a[href]")).as("no empty group for " + role.getKey()).isNotEmpty());
        }
    }

    // security: several participants (issue 19)
    @Test
    void theParticipantsAreUnderAdministrationForTheInstallationsAdministratorOnly() throws Exception {
        var installation = TestSignIn.as(TestSignIn.userOf(null, "installation", null, Role.ADMINISTRATOR));
        var menu = page("/admin/participants", installation).selectFirst("nav.mainnav");
        assertThat(menu.select("details:has(summary:contains(Administration)) a[href]").eachAttr("href"))
                .contains("/admin/users", "/admin/participants");
        assertThat(menu.select("a[aria-current=page]").eachAttr("href")).containsExactly("/admin/participants");

        var ofAParticipant = page("/plans", signedIn("ADMINISTRATOR")).selectFirst("nav.mainnav");
        assertThat(ofAParticipant.select("a[href]").eachAttr("href")).contains("/admin/users")
                .doesNotContain("/admin/participants");
    }

    @Test
    void theVictimRegisterIsAGroupOfItsOfficersOnly() throws Exception {
        var officer = page("/plans", signedIn("VICTIM_DATA_OFFICER")).select("nav.mainnav summary").eachText();
        var member = page("/plans", signedIn("MEMBER")).select("nav.mainnav summary").eachText();

        assertThat(officer).contains("Victim register");
        assertThat(member).doesNotContain("Victim register");
    }

    @Test
    void theCurrentPageAndItsGroupAreMarked() throws Exception {
        var menu = page("/audit", signedIn("ME_OFFICER")).selectFirst("nav.mainnav");

        assertThat(menu.select("a[aria-current=page]").eachAttr("href")).containsExactly("/audit");
        assertThat(menu.select("summary.current").eachText()).containsExactly("Administration");
    }

    @Test
    void theMenuIsInTheReadersLanguage() throws Exception {
        var menu = page("/plans?lang=sq", signedIn("ADMINISTRATOR")).selectFirst("nav.mainnav");

        assertThat(menu.selectFirst("details.menu > summary").text()).isEqualTo("Menyja");
        assertThat(menu.select("summary").eachText()).contains("Administrimi");
    }
}
