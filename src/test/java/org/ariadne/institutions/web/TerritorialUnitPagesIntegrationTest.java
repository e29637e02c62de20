package org.ariadne.institutions.web;

import java.nio.charset.StandardCharsets;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Regions and municipalities (issue 19): the administrator keeps them, institutions are placed in them. */
@AriadneIntegrationTest
class TerritorialUnitPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Institutions institutions;

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequestBuilder unit(String url, String name, String kind, Long parentId) {
        return post(url).with(csrf()).with(TestSignIn.as(Role.ADMINISTRATOR)).param("name", name).param("kind", kind)
                .param("parentId", parentId == null ? "" : parentId.toString()).param("nameSq", name + " (sq)")
                .param("nameSr", "").param("nameMk", "");
    }

    private long idOf(String name) {
        return jdbc.sql("select id from territorial_unit where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void theAdministratorAddsARegionAndAMunicipalityInItAndEveryoneReadsThemEachChangeInTheTrail() throws Exception {
        var region = Unique.name("Prizren region");
        var municipality = Unique.name("Gjakova");
        mvc.perform(unit("/territorial-units/new", region, "REGION", null)).andExpect(redirectedUrl("/territorial-units"));
        var regionId = idOf(region);
        mvc.perform(unit("/territorial-units/new", municipality, "MUNICIPALITY", regionId))
                .andExpect(redirectedUrl("/territorial-units"));

        var asFocalPoint = page(get("/territorial-units").with(TestSignIn.as(Role.FOCAL_POINT)));
        assertThat(asFocalPoint).contains(region).contains(municipality).contains("Municipality")
                .doesNotContain("href=\"/territorial-units/new\"");
        var inAlbanian = page(get("/territorial-units").param("lang", "sq").with(TestSignIn.as(Role.ADMINISTRATOR)));
        assertThat(inAlbanian).contains(region + " (sq)").contains("Komunë").contains("href=\"/territorial-units/new\"");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'territorial-unit' and entity_id in (?, ?)")
                .param(regionId).param(idOf(municipality)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aMunicipalityWithoutARegionIsRefusedInTheUsersLanguageAndNothingIsSaved() throws Exception {
        var municipality = Unique.name("Rahovec");
        var refused = page(unit("/territorial-units/new", municipality, "MUNICIPALITY", null).param("lang", "sq"));
        assertThat(refused).contains("është komunë: zgjidhni rajonin").contains("value=\"" + municipality + "\"");
        assertThat(jdbc.sql("select count(*) from territorial_unit where name = ?").param(municipality)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyTheAdministratorChangesUnits() throws Exception {
        mvc.perform(get("/territorial-units/new").with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isForbidden());
        mvc.perform(post("/territorial-units/new").with(csrf()).with(TestSignIn.as(Role.COORDINATOR))
                .param("name", "X").param("kind", "REGION")).andExpect(status().isForbidden());
    }

    @Test
    void theOfficerPlacesAnInstitutionInAMunicipalityAndTheListShowsItThere() throws Exception {
        var region = Unique.name("Peja region");
        mvc.perform(unit("/territorial-units/new", region, "REGION", null)).andExpect(redirectedUrl("/territorial-units"));
        var regionId = idOf(region);
        var commission = Unique.name("Municipal commission of Peja");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long institutionId;
        try {
            institutionId = institutions.create(new InstitutionCommand(commission, null, InstitutionType.MUNICIPALITY,
                    InstitutionLevel.LOCAL, false, true, null, null, null, true));
        } finally {
            TestSignIn.clear();
        }

        mvc.perform(post("/territorial-units/institutions").with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))
                .param("institutionId", String.valueOf(institutionId)).param("unitId", String.valueOf(regionId)))
                .andExpect(redirectedUrl("/territorial-units"));

        var list = page(get("/territorial-units").with(TestSignIn.as(Role.MEMBER)));
        assertThat(list.substring(list.indexOf("id=\"unit-" + regionId + "\""))).contains(commission);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'institution' and entity_id = ?")
                .param(institutionId).query(Integer.class).single()).isEqualTo(2);
    }
}
