package org.ariadne.plan.web;

import java.util.List;

import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A National Authority member reads the plan but never reaches a form that changes it. */
@AriadneIntegrationTest
class PlanAccessIntegrationTest {

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
    void aMemberReadsTheTreeTheMatrixAndAnActivityButGetsNoFormAndCannotChangeAnything() throws Exception {
        var plan = fixture.plan("Read only");
        var strategic = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Raise awareness");
        var activity = fixture.activity(specific, "A1.1.1", "Lessons in schools");
        var indicator = fixture.indicator(IndicatorOwner.activity(activity), "Pupils reached");

        for (var page : List.of("/plans", "/plans/" + plan, "/plans/" + plan + "/matrix", "/activities/" + activity)) {
            mvc.perform(get(page).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk());
        }

        var forms = List.of("/plans/new", "/plans/" + plan + "/edit",
                "/plans/" + plan + "/strategic-objectives/new",
                "/strategic-objectives/" + strategic + "/edit",
                "/strategic-objectives/" + strategic + "/delete",
                "/strategic-objectives/" + strategic + "/specific-objectives/new",
                "/strategic-objectives/" + strategic + "/indicators/new",
                "/specific-objectives/" + specific + "/edit",
                "/specific-objectives/" + specific + "/delete",
                "/specific-objectives/" + specific + "/activities/new",
                "/specific-objectives/" + specific + "/indicators/new",
                "/activities/" + activity + "/edit",
                "/activities/" + activity + "/delete",
                "/activities/" + activity + "/indicators/new",
                "/indicators/" + indicator + "/edit",
                "/indicators/" + indicator + "/delete");
        for (var form : forms) {
            mvc.perform(get(form).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
            mvc.perform(post(form).param("version", "0").param("code", "SO 9").param("title", "Taken over")
                            .param("name", "Taken over").param("startYear", "2016").param("endYear", "2020")
                            .with(csrf()).with(TestSignIn.as(Role.MEMBER)))
                    .andExpect(status().isForbidden());
        }
        for (var moved : List.of("/strategic-objectives/" + strategic, "/specific-objectives/" + specific,
                "/activities/" + activity, "/indicators/" + indicator)) {
            mvc.perform(post(moved + "/move").param("direction", "UP").with(csrf()).with(TestSignIn.as(Role.MEMBER)))
                    .andExpect(status().isForbidden());
        }

        fixture.asOfficer();
        var tree = plans.tree(plan);
        assertThat(tree.plan().title()).doesNotContain("Taken over");
        assertThat(tree.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.title()).isEqualTo("Prevent trafficking");
            assertThat(objective.indicators()).isEmpty();
        });
        assertThat(tree.activities()).singleElement()
                .satisfies(kept -> assertThat(kept.indicators()).extracting("name").containsExactly("Pupils reached"));
    }
}
