package org.ariadne.services.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.services.ServiceCommand;
import org.ariadne.services.ServiceFilter;
import org.ariadne.services.ServiceType;
import org.ariadne.services.Services;
import org.ariadne.services.TargetGroup;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The services directory: the office adds and updates services, everyone signed in finds them by type, region and
 * group and downloads them; an entry not brought up to date for a year is flagged; other modules read it through
 * {@link Services#list}.
 */
@AriadneIntegrationTest
class ServicesDirectoryIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Services services;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theOfficeAddsAShelterThatEveryoneFindsByRegionAndGroupAndDownloads() throws Exception {
        var provider = testPlans.institution(Unique.name("Shelter NGO"), InstitutionType.SHELTER_NGO);
        var name = Unique.name("Shelter in Prizren");
        var region = Unique.name("Region");
        mvc.perform(post("/services/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()).param("name", name)
                .param("type", "SHELTER").param("providerId", String.valueOf(provider)).param("region", region)
                .param("municipality", "Malishevë").param("capacity", "12").param("targetGroups", "WOMEN", "CHILDREN")
                .param("contacts", "+383 29 000 000").param("openingHours", "24/7"))
                .andExpect(status().is3xxRedirection());

        var list = page(get("/services").param("region", region).param("target", "CHILDREN")
                .with(TestSignIn.as(Role.EVALUATOR)));
        assertThat(list.select("#service-list tbody tr")).singleElement().satisfies(row -> {
            assertThat(row.text()).contains(name, "Shelter", "Malishevë", "12", "women", "children", "24/7");
            assertThat(row.select(".needs-update")).isEmpty();
        });
        assertThat(page(get("/services").param("region", region).param("target", "MEN")
                .with(TestSignIn.as(Role.EVALUATOR))).select("#service-list tbody tr")).isEmpty();
        var csv = mvc.perform(get("/services.csv").param("region", region).with(TestSignIn.as(Role.VICTIM_DATA_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(name, "women, children");
        mvc.perform(get("/services/new").with(TestSignIn.as(Role.FOCAL_POINT))).andExpect(status().isForbidden());
    }

    @Test
    void anEntryOlderThanAYearIsFlaggedAndSavingItAgainBringsItUpToDate() throws Exception {
        var provider = testPlans.institution(Unique.name("Legal aid NGO"), InstitutionType.NGO);
        var name = Unique.name("Legal aid office");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long id = services.createAsOf(new ServiceCommand(name, ServiceType.LEGAL_AID, provider, null, null, null,
                Set.of(TargetGroup.FOREIGNERS), null, null), LocalDate.now().minusMonths(13));
        assertThat(services.list(new ServiceFilter(ServiceType.LEGAL_AID, null, null, provider, true)))
                .extracting(s -> s.name()).containsExactly(name);
        TestSignIn.clear();

        assertThat(page(get("/services").param("stale", "true").with(TestSignIn.as(Role.MEMBER)))
                .select("#service-" + id + " .needs-update")).hasSize(1);
        mvc.perform(post("/services/" + id + "/edit").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                .param("version", "0").param("name", name).param("type", "LEGAL_AID")
                .param("providerId", String.valueOf(provider)).param("targetGroups", "FOREIGNERS"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/services").with(TestSignIn.as(Role.MEMBER))).select("#service-" + id + " .needs-update"))
                .isEmpty();

        var stale = page(post("/services/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", "0").param("name", name + " (stale)").param("type", "LEGAL_AID")
                .param("providerId", String.valueOf(provider)).param("targetGroups", "FOREIGNERS"));
        assertThat(stale.select(".flash.problem").text()).contains("changed this service");
        assertThat(stale.selectFirst("#name").val()).isEqualTo(name + " (stale)");
    }

    @Test
    void aServiceWithoutTypeGroupOrProviderComesBackNamingEachField() throws Exception {
        var form = page(post("/services/new").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("name", "Hotline").param("type", "").param("providerId", "999999999").param("capacity", "-3"));

        assertThat(form.select(".flash.problem").text()).contains("Type: Fill this in.",
                "For: Choose at least one group", "Places: Enter a whole number, 0 or more.",
                "Provider: Choose an institution of the directory.");
        assertThat(form.selectFirst("#name").val()).isEqualTo("Hotline");
    }
}
