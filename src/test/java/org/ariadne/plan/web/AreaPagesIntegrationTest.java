package org.ariadne.plan.web;

import org.ariadne.plan.PlanArea;
import org.ariadne.plan.Plans;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan's own thematic areas: the office adds its pillars, names them in both languages, orders them and removes
 * those no objective is in; the tree, the objective form and the matrix filter use them; every change is audited.
 */
@AriadneIntegrationTest
class AreaPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanFixture fixture;
    @Autowired
    Plans plans;
    @Autowired
    PlanEditing editing;
    @Autowired
    JdbcClient jdbc;

    long plan;

    @BeforeEach
    void plan() {
        plan = fixture.plan("Own areas");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aNewPlanStartsWithTheSixUsualAreasInBothLanguages() throws Exception {
        var page = mvc.perform(get("/plans/" + plan + "/areas").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsSubsequence("Prevention", "Parandalimi", "Protection", "Mbrojtja", "Children", "Fëmijët")
                .doesNotContain("name=\"nameSq\"");
    }

    @Test
    void theOfficeAddsRenamesMovesAndRemovesAreasAndEachChangeIsAudited() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);
        mvc.perform(post("/plans/" + plan + "/areas").param("name", "Identification and referral")
                        .param("nameSq", "Identifikimi dhe referimi").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan + "/areas"));
        var added = area("Identification and referral");
        assertThat(added.code()).isEqualTo("IDENTIFICATION_AND_REFERRAL");
        assertThat(added.position()).isEqualTo(7);

        mvc.perform(post("/plans/" + plan + "/areas/" + added.id()).param("version", "" + added.version())
                        .param("name", "Identification and referral of victims").param("nameSq", "Identifikimi i viktimave")
                        .with(officer).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan + "/areas"));
        mvc.perform(post("/plans/" + plan + "/areas/" + added.id() + "/move").param("direction", "UP")
                .with(officer).with(csrf())).andExpect(redirectedUrl("/plans/" + plan + "/areas"));
        var children = area("Children");
        mvc.perform(post("/plans/" + plan + "/areas/" + children.id() + "/delete").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan + "/areas"));

        assertThat(areas()).extracting(PlanArea::name).containsExactly("Prevention", "Protection", "Prosecution",
                "Partnership", "Supporting framework", "Identification and referral of victims");
        assertThat(area("Identification and referral of victims").label(java.util.Locale.forLanguageTag("sq")))
                .isEqualTo("Identifikimi i viktimave");
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'thematic-area' and entity_id = ?")
                .param(added.id()).query(String.class).list()).contains("CREATED", "UPDATED", "MOVED");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'thematic-area' and entity_id = ? "
                + "and action = 'DELETED'").param(children.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAreaAnObjectiveIsInIsNotRemovedAndANameTakenTwiceIsRefused() throws Exception {
        fixture.strategic(plan, "SO 1", "Protect victims", ThematicArea.PROTECTION);
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var protection = area("Protection");

        mvc.perform(post("/plans/" + plan + "/areas/" + protection.id() + "/delete").with(officer).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan + "/areas"))
                .andExpect(flash().attribute("problemKey", "plan.error.area-in-use"));
        assertThat(areas()).extracting(PlanArea::name).contains("Protection");

        var page = mvc.perform(post("/plans/" + plan + "/areas").param("name", "mbrojtja").with(officer).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The plan already has a thematic area called");
        assertThat(areas()).hasSize(6);
    }

    @Test
    void anObjectiveMayBeInThePlansOwnAreaOrInNoneAndTheMatrixFiltersByIt() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var own = editing.addArea(plan, new org.ariadne.plan.AreaCommand("GENERAL MEASURES", "MASAT E PËRGJITHSHME"));
        var code = areas().stream().filter(a -> a.id() == own).findFirst().orElseThrow().code();
        var general = editing.addStrategicObjective(plan, new StrategicObjectiveCommand("SO 1", "Laws", null, code));
        editing.addStrategicObjective(plan, new StrategicObjectiveCommand("SO 2", "Horizontal", null, (String) null));
        fixture.specific(general, "SO 1.1", "Criminal code");

        var form = mvc.perform(get("/strategic-objectives/" + general + "/edit").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).containsPattern("<option value=\"" + code + "\" selected=\"selected\">GENERAL MEASURES</option>");
        var tree = mvc.perform(get("/plans/" + plan).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tree).contains("GENERAL MEASURES").contains("Horizontal");
        var matrix = mvc.perform(get("/plans/" + plan + "/matrix?area=" + code).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(matrix).contains("<option value=\"" + code + "\" selected=\"selected\">GENERAL MEASURES</option>");

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> editing.addStrategicObjective(plan,
                new StrategicObjectiveCommand("SO 3", "Elsewhere", null, "NOT_AN_AREA_OF_THIS_PLAN")));
        assertThat(refused).isInstanceOf(org.ariadne.plan.PlanException.class);
    }

    private java.util.List<PlanArea> areas() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return plans.areas(plan);
    }

    private PlanArea area(String name) {
        return areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
