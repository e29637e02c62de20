package org.ariadne.publication;

import java.util.List;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening the portal to everyone opens nothing else: an anonymous visitor is sent to sign in for every page of the
 * application, and finds nothing on the portal that was not published. Runs without any module offering documents,
 * as the application does until the documents module provides them.
 */
@AriadneIntegrationTest
class PortalAccessIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublicationPlans publicationPlans;

    @Test
    void anAnonymousVisitorIsSentToSignInForEverythingButThePortal() throws Exception {
        var plan = publicationPlans.adopted();
        for (var path : List.of("/plans", "/plans/" + plan.planId, "/plans/" + plan.planId + "/publication",
                "/plans/" + plan.planId + "/publication/preview?kind=PLAN",
                "/plans/" + plan.planId + "/publication/preview/tables/activities.csv?kind=PLAN",
                "/plans/" + plan.planId + "/dashboard", "/plans/" + plan.planId + "/export.csv",
                "/activities/" + plan.training, "/documents", "/documents/1", "/dashboards", "/dashboards/plan",
                "/reporting", "/audit", "/institutions", "/portalx", "/portal-admin")) {
            mvc.perform(get(path)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/plans/" + plan.planId + "/publication").param("kind", "PLAN").param("fingerprint", "x")
                .with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void thePortalOpensWithoutSignInAndShowsNothingUnpublished() throws Exception {
        var plan = publicationPlans.adopted();

        var home = mvc.perform(get("/portal")).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(Jsoup.parse(home.getContentAsString()).select("[data-plan=" + plan.planId + "]")).isEmpty();
        for (var path : List.of("/portal/plans/" + plan.planId, "/portal/plans/" + plan.planId + "/tables/activities.csv",
                "/portal/plans/" + plan.planId + "/tables/statuses.xlsx?year=" + plan.year,
                "/portal/plans/" + plan.planId + "/reports/1.pdf", "/portal/plans/not-a-number")) {
            var response = mvc.perform(get(path)).andExpect(status().isNotFound()).andReturn().getResponse();
            var page = Jsoup.parse(response.getContentAsString());
            assertThat(page.select("main").text()).contains("There is nothing published at this address.");
            assertThat(page.select("nav.mainnav")).isEmpty();
        }
    }

    @Test
    void withoutAModuleOfferingDocumentsThePageSaysNoReportWasGenerated() throws Exception {
        var plan = publicationPlans.adopted();

        var page = Jsoup.parse(mvc.perform(get("/plans/" + plan.planId + "/publication")
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.select("#publish-reports").text()).contains("No report has been generated yet.");
        assertThat(page.select("#documents")).isEmpty();
        mvc.perform(get("/plans/" + plan.planId + "/publication/preview?kind=REPORT&document=1")
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isNotFound());
    }
}
