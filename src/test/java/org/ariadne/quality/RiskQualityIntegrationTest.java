package org.ariadne.quality;

import java.nio.charset.StandardCharsets;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskCommand;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.Risks;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 15's "done when": a risk with impact 5 and no mitigation appears in the quality audit, with a link to it. */
@AriadneIntegrationTest
class RiskQualityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Risks risks;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aRiskWithSevereImpactAndNoMitigationIsFlaggedNamingTheRiskAndItsElement() throws Exception {
        var police = testPlans.institution("Police", InstitutionType.POLICE);
        var plan = testPlans.build(aPlan().named("Audited plan").running(2024, 2027)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Shelters")
                .withActivity(anActivity("A1.1.1", "Contract the shelters").ledBy(police)));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long unmitigated = risks.create(plan.id(), new RiskCommand("Shelters close for months", RiskCategory.FINANCIAL,
                1, 5, "", police, RiskStatus.OPEN, null, "activity-" + plan.element("A1.1.1")));
        long mitigated = risks.create(plan.id(), new RiskCommand("Budget line cut", RiskCategory.FINANCIAL, 4, 5,
                "Donor bridge fund", null, RiskStatus.OPEN, null, "plan"));
        long medium = risks.create(plan.id(), new RiskCommand("Campaign delayed", RiskCategory.POLITICAL, 2, 3, null,
                null, RiskStatus.OPEN, null, "plan"));
        TestSignIn.clear();

        var html = mvc.perform(get("/plans/" + plan.id() + "/quality").param("rule", "RISK-NO-MITIGATION")
                        .with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var page = Jsoup.parse(html);

        var rows = page.select("#findings tr[data-rule=RISK-NO-MITIGATION]");
        assertThat(rows).extracting(row -> row.attr("data-element")).containsExactly("RISK-" + unmitigated);
        assertThat(rows.first().text()).contains("The risk \"Shelters close for months\" threatens "
                + "A1.1.1 Contract the shelters and scores 5 (medium), but no mitigation is written");
        assertThat(page.select("#findings a[href$=/risks/" + unmitigated + "/edit]")).isNotEmpty();
        assertThat(page.select("[data-rule=RISK-NO-MITIGATION]").text()).contains("1 of 2 serious risks");
        assertThat(html).doesNotContain("RISK-" + mitigated, "RISK-" + medium);
        assertThat(page.select("[data-rule=PLAN-NO-RISKS]").text()).as("the register counts as risks recorded")
                .doesNotContain("None of the");
    }
}
