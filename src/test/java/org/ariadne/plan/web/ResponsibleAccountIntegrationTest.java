package org.ariadne.plan.web;

import java.util.Set;

import org.ariadne.audit.AuditHistory;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
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

/** The officer names an office account responsible for an activity; anyone else's account is refused. */
@AriadneIntegrationTest
class ResponsibleAccountIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanFixture fixture;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditHistory history;
    @Autowired
    org.ariadne.plan.PlanEditing editing;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theFormNamesAnOfficeAccountWhichTheActivityPageTheMatrixAndTheTrailShow() throws Exception {
        var officer = account("Arta Officer", Role.ME_OFFICER);
        var coordinator = account("Blerta Coordinator", Role.COORDINATOR);
        var focal = account("Dritan Member", Role.MEMBER);
        var plan = fixture.plan("Responsible accounts");
        var strategic = fixture.strategic(plan, "SO 1", "Protect victims", ThematicArea.PROTECTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Identify victims");
        var activity = fixture.activity(specific, "A1.1.1", "Train inspectors");

        var form = page("/activities/" + activity + "/edit");
        assertThat(form).contains("value=\"" + officer + "\"").contains("Arta Officer " + officer)
                .contains("value=\"" + coordinator + "\"").doesNotContain("value=\"" + focal + "\"");

        save(edit(activity, officer));
        assertThat(activity(plan, activity).responsibleUsername()).isEqualTo(officer);
        // the written name of the plan stays as it was, for the workbook
        assertThat(activity(plan, activity).responsiblePerson()).isEqualTo("Fatmira");

        assertThat(page("/activities/" + activity)).contains("Arta Officer " + officer);
        assertThat(page("/plans/" + plan + "/matrix")).contains("Arta Officer " + officer);
        fixture.asOfficer();
        assertThat(history.forEntity("activity", activity)).anySatisfy(entry ->
                assertThat(entry.after()).containsEntry("responsibleAccount", officer));
    }

    @Test
    void anAccountThatIsNotTheOfficesIsRefusedNextToTheFieldAndNothingChanges() throws Exception {
        var focal = account("Dritan Member", Role.MEMBER);
        var plan = fixture.plan("Refused account");
        var strategic = fixture.strategic(plan, "SO 1", "Protect victims", ThematicArea.PROTECTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Identify victims");
        var activity = fixture.activity(specific, "A1.1.1", "Train inspectors");

        var page = mvc.perform(edit(activity, focal).with(csrf()).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("The responsible person (" + focal
                + ") must be an M&amp;E officer&#39;s or the coordinator&#39;s account.")
                .contains("responsibleUsername-error");
        assertThat(activity(plan, activity).responsibleUsername()).isNull();
    }

    @Test
    void theWorklistListsExactlyTheActivitiesTheSignedInAccountIsResponsibleFor() throws Exception {
        var mine = account("Arta Officer", Role.ME_OFFICER);
        var theirs = account("Blerta Coordinator", Role.COORDINATOR);
        var plan = fixture.plan("Worklist");
        var strategic = fixture.strategic(plan, "SO 1", "Protect victims", ThematicArea.PROTECTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Identify victims");
        var training = fixture.activity(specific, "A1.1.1", "Train inspectors");
        var hotline = fixture.activity(specific, "A1.1.2", "Run the hotline");
        fixture.activity(specific, "A1.1.3", "Print leaflets");
        fixture.asOfficer();
        editing.assignResponsible(training, mine);
        editing.assignResponsible(hotline, theirs);

        var page = mvc.perform(get("/my/activities").with(TestSignIn.as(TestSignIn.user(mine, null, Role.ME_OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("A1.1.1 Train inspectors").doesNotContain("Run the hotline")
                .doesNotContain("Print leaflets").contains("/activities/" + training + "\"")
                .contains("/plans/" + plan + "/review?responsible=" + mine)
                .contains("No accepted report yet").contains("Not rated for ");
        mvc.perform(get("/my/activities").with(TestSignIn.as(Role.FOCAL_POINT))).andExpect(status().isForbidden());
    }

    @Test
    void theMatrixAndTheHalfYearReviewFilterByTheResponsibleAccount() throws Exception {
        var mine = account("Arta Officer", Role.ME_OFFICER);
        var theirs = account("Blerta Coordinator", Role.COORDINATOR);
        var plan = fixture.plan("Matrix by person");
        var strategic = fixture.strategic(plan, "SO 1", "Protect victims", ThematicArea.PROTECTION);
        var specific = fixture.specific(strategic, "SO 1.1", "Identify victims");
        var training = fixture.activity(specific, "A1.1.1", "Train inspectors");
        var hotline = fixture.activity(specific, "A1.1.2", "Run the hotline");
        fixture.activity(specific, "A1.1.3", "Print leaflets");
        fixture.asOfficer();
        editing.assignResponsible(training, mine);
        editing.assignResponsible(hotline, theirs);

        var filtered = page("/plans/" + plan + "/matrix?responsible=" + mine);
        assertThat(filtered).contains("Train inspectors").doesNotContain("Run the hotline")
                .doesNotContain("Print leaflets").contains("<option value=\"" + mine + "\" selected=\"selected\"");
        assertThat(page("/plans/" + plan + "/matrix")).contains("Train inspectors").contains("Run the hotline")
                .contains("Print leaflets");

        var review = page("/plans/" + plan + "/review?responsible=" + mine);
        assertThat(review).contains("Train inspectors").doesNotContain("Run the hotline")
                .doesNotContain("Print leaflets");
        assertThat(page("/plans/" + plan + "/review")).contains("Train inspectors").contains("Run the hotline");
    }

    private MockHttpServletRequestBuilder edit(long activity, String username) {
        fixture.asOfficer();
        var view = plans.tree(plans.planOf(org.ariadne.plan.PlanCode.Kind.ACTIVITY, activity)).activity(activity)
                .orElseThrow();
        return post("/activities/" + activity + "/edit").param("version", String.valueOf(view.version()))
                .param("code", view.code()).param("title", view.title()).param("description", "")
                .param("expectedResult", "").param("leadInstitutionId", "").param("responsiblePerson", "Fatmira")
                .param("responsibleUsername", username).param("startDate", "2017-01-01").param("endDate", "2017-12-31")
                .param("_continuous", "on").param("frequency", "").param("meansOfVerification", "")
                .param("assumptions", "").param("risks", "").param("status", "").param("_supportingInstitutionIds", "on");
    }

    private String account(String name, Role role) {
        var username = Unique.username(role.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        accounts.createAtStartUp(new UserCommand(username, name + " " + username, null, null, Set.of(role), null, true,
                "Responsible-Passw0rd-2026"));
        return username;
    }

    private void save(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(csrf()).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(TestSignIn.as(Role.ME_OFFICER, Role.COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private ActivityView activity(long plan, long id) {
        fixture.asOfficer();
        PlanTree tree = plans.tree(plan);
        return tree.activity(id).orElseThrow();
    }
}
