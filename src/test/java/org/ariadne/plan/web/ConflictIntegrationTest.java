package org.ariadne.plan.web;

import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two officers edit the same activity: nothing is silently overwritten, and the second decides. */
@AriadneIntegrationTest
class ConflictIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanFixture fixture;
    @Autowired
    Plans plans;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionSeesTheFirstAndOverwritesOnlyWhenSavingAgain() throws Exception {
        var plan = fixture.plan("Conflict");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");
        var activity = fixture.activity(specific, "A1.1.1", "Lessons in schools");
        fixture.asOfficer();
        var opened = plans.activity(activity).version();
        var fatmira = TestSignIn.as(TestSignIn.user("fatmira", null, Role.ME_OFFICER));
        var besnik = TestSignIn.as(TestSignIn.user("besnik", null, Role.ME_OFFICER));

        mvc.perform(edit(activity, opened, "Lessons in every school", "Teachers may be unavailable").with(fatmira))
                .andExpect(status().isFound());
        var page = mvc.perform(edit(activity, opened, "Lessons in primary schools", "Teachers may be unavailable")
                        .with(besnik))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        fixture.asOfficer();
        var saved = plans.activity(activity);
        assertThat(saved.title()).isEqualTo("Lessons in every school");
        assertThat(page).contains("class=\"flash warning\"")
                .containsPattern("fatmira changed this activity at \\d\\d:\\d\\d while you were editing\\. Nothing was overwritten\\.")
                .contains("Save again to keep yours, or cancel to keep theirs.")
                .contains("Lessons in primary schools")
                .contains("Now saved: Lessons in every school")
                .doesNotContain("Now saved: Teachers may be unavailable")
                .contains("name=\"version\" value=\"" + saved.version() + "\"");
        // only the title differs: equal budgets, dates and empty boxes are not reported as changes
        assertThat(page.split("Now saved:", -1)).hasSize(2);

        mvc.perform(edit(activity, saved.version(), "Lessons in primary schools", "Teachers may be unavailable")
                        .with(besnik))
                .andExpect(status().isFound());
        fixture.asOfficer();
        assertThat(plans.activity(activity).title()).isEqualTo("Lessons in primary schools");
    }

    private static MockHttpServletRequestBuilder edit(long activity, int version, String title, String risks) {
        return post("/activities/" + activity + "/edit").with(csrf()).param("version", String.valueOf(version))
                .param("code", "A1.1.1").param("title", title).param("description", "How it is done")
                .param("expectedResult", "Expected result of Lessons in schools").param("leadInstitutionId", "")
                .param("_supportingInstitutionIds", "on").param("responsiblePerson", "Fatmira")
                .param("startDate", "2017-01-01").param("endDate", "2017-12-31").param("_continuous", "on")
                .param("frequency", "").param("meansOfVerification", "List of participants").param("assumptions", "")
                .param("risks", risks).param("status", "")
                .param("budgetLines[0].year", "2017").param("budgetLines[0].kind", "STATE_BUDGET")
                .param("budgetLines[0].sourceInstitutionId", "").param("budgetLines[0].planned", "1000.00")
                .param("budgetLines[0].secured", "400.00")
                .param("budgetLines[1].year", "").param("budgetLines[1].kind", "STATE_BUDGET")
                .param("budgetLines[1].sourceInstitutionId", "").param("budgetLines[1].planned", "")
                .param("budgetLines[1].secured", "");
    }
}
