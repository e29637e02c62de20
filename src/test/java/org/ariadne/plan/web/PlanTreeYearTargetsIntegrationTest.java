package org.ariadne.plan.web;

import java.nio.charset.StandardCharsets;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An indicator with targets year by year and no final target, as many plans write them: the plan page shows the last
 * year's target beside the baseline. It answered a server error (the page's expression called a method Thymeleaf
 * refuses on the sorted map of year targets).
 */
@AriadneIntegrationTest
class PlanTreeYearTargetsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans kit;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void anIndicatorWithYearTargetsOnlyShowsTheLastYearsTargetOnThePlanPage() throws Exception {
        long police = kit.institution("Year targets Police", InstitutionType.POLICE);
        var plan = kit.build(aPlan().named(Unique.name("Year targets plan")).running(2025, 2027)
                .withStrategicObjective("SO 1", "Identification", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Proactive identification")
                .withActivity(anActivity("A1.1.1", "Joint screening").ledBy(police)
                        .withIndicator(anIndicator("Victims identified by screening").baseline("10")
                                .yearTarget(2025, "12").yearTarget(2026, "15").yearTarget(2027, "20"))));
        long indicator = plan.indicator("Victims identified by screening");

        var html = mvc.perform(get("/plans/" + plan.id()).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var node = Jsoup.parse(html).getElementById("i-" + indicator);
        assertThat(node.text()).contains("10 → 20").doesNotContain("no target");
    }
}
