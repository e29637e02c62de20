package org.ariadne.search;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The search box on the real database: it finds plan elements by code or words, institutions in any spelling, and
 * only the reports and people the reader may open; victim cases are never found.
 */
@AriadneIntegrationTest
class SearchIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    UserAccounts accounts;
    @Autowired
    VictimRegister register;
    @Autowired
    org.ariadne.plan.Plans plans;

    ReportingFixture plan;
    PeriodView period;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String search(String query, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/search").param("q", query).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String nameOf(long institution) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return institutions.get(institution).name();
        } finally {
            TestSignIn.clear();
        }
    }

    private void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @Test
    void aPlanElementIsFoundByItsCodeOrItsWordsAndOpensWhereItIs() throws Exception {
        // many plans have an A1.1.1 on "Training of police officers": words of the plan's title narrow it down
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var planTitle = plans.header(plan.planId).title();
        TestSignIn.clear();
        var unique = planTitle.substring(planTitle.lastIndexOf(' ') + 1);

        var byWords = search("training police officers " + unique, TestSignIn.as(Role.MEMBER));
        assertThat(byWords).contains("href=\"/activities/" + plan.training + "\"");

        var byCode = search("a1.1.1 " + unique, TestSignIn.as(Role.FOCAL_POINT));
        assertThat(byCode).contains("href=\"/activities/" + plan.training + "\"")
                .doesNotContain("href=\"/activities/" + plan.operations + "\"");
        var indicator = search("victims identified " + unique, TestSignIn.as(Role.EVALUATOR));
        assertThat(indicator).contains("href=\"/plans/" + plan.planId + "#i-" + plan.victimsIdentified + "\"");
    }

    @Test
    void anInstitutionIsFoundInAnyScriptAndWithoutAccents() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var suffix = Unique.name("");
        var ministry = institutions.create(InstitutionCommand.named("Министарство унутрашњих послова" + suffix,
                InstitutionType.MINISTRY));
        TestSignIn.clear();

        var page = search("ministarstvo unutrasnjih" + suffix, TestSignIn.as(Role.VICTIM_DATA_OFFICER));

        assertThat(page).contains("href=\"/institutions#institution-" + ministry + "\"");
    }

    @Test
    void aReportIsFoundOnlyByThoseWhoMayOpenIt() throws Exception {
        var focal = TestSignIn.user(Unique.username("focal"), plan.police, Role.FOCAL_POINT);
        as(focal);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Begun", null, List.of()));
        TestSignIn.clear();
        var police = nameOf(plan.police);
        var link = "href=\"/reporting/" + period.id() + "/institutions/" + plan.police + "\"";

        assertThat(search(police + " " + period.label(), TestSignIn.as(focal))).contains(link);
        assertThat(search(police, TestSignIn.as(Role.COORDINATOR))).contains(link);
        var otherFocalPoint = TestSignIn.user(Unique.username("focal"), plan.shelter, Role.FOCAL_POINT);
        assertThat(search(police, TestSignIn.as(otherFocalPoint))).as("a draft of another institution")
                .doesNotContain(link).contains("href=\"/institutions#institution-" + plan.police + "\"");
        assertThat(search(police, TestSignIn.as(Role.MEMBER))).as("members read accepted reports only")
                .doesNotContain(link);
    }

    @Test
    void peopleAreFoundByTheAdministratorOnly() throws Exception {
        var username = Unique.username("fatmira");
        var id = accounts.createAtStartUp(new UserCommand(username, "Fatmira Krasniqi " + username, null, null,
                Set.of(Role.ME_OFFICER), null, true, "Long-enough-password-2026"));

        assertThat(search(username, TestSignIn.as(Role.ADMINISTRATOR))).contains("href=\"/admin/users/" + id + "\"");
        assertThat(search(username, TestSignIn.as(Role.COORDINATOR))).doesNotContain("/admin/users/" + id)
                .contains("Nothing you may open matches");
    }

    @Test
    void aVictimCaseIsNeverFoundEvenByItsOfficer() throws Exception {
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        var reference = register.register(new CaseCommand(LocalDate.of(2022, 2, 2), plan.police, null,
                CaseStatus.PRESUMED, Sex.FEMALE, 16, "", "", "", CaseScope.INTERNAL, EnumSet.noneOf(
                        org.ariadne.victimdata.ExploitationForm.class), null, null, null, null, null, null, null, null,
                Set.of(), false, "", "Teuta", "Shala", null, "", "", "", "")).reference();
        TestSignIn.clear();

        for (var query : List.of(reference, "Teuta Shala")) {
            assertThat(search(query, TestSignIn.as(Role.VICTIM_DATA_OFFICER))).doesNotContain("search-hits")
                    .contains("Nothing you may open matches");
        }
    }

    @Test
    void aQueryTooShortSaysSoAndAVeryLongOneIsCut() throws Exception {
        assertThat(search("a", TestSignIn.as(Role.MEMBER))).contains("Type at least two letters");
        assertThat(search("x".repeat(5000), TestSignIn.as(Role.MEMBER))).contains("Nothing you may open matches");
    }
}
