package org.ariadne.review.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.ActionFilter;
import org.ariadne.review.ActionStatus;
import org.ariadne.review.CorrectiveActionView;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.Reviews;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register that follows corrective actions to closure, for the office, readers and the owners' focal points. */
@AriadneIntegrationTest
class CorrectiveActionRegisterIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ReviewEditing editing;
    @Autowired
    Reviews reviews;

    ReviewFixture fixture;
    long late;
    long policeAction;
    long shelterAction;

    @BeforeEach
    void setUp() {
        fixture = new ReviewFixture(planEditing, institutions, schedules, editing);
        var plan = fixture.plan;
        fixture.rate(plan.operations, 2, null);
        fixture.rate(plan.beds, 3, null);
        var today = LocalDate.now();
        policeAction = fixture.action(plan.operations, "Plan a second joint operation", plan.police, today.plusMonths(3));
        late = fixture.action(plan.operations, "Sign the data-sharing protocol", plan.police, today.minusDays(10));
        shelterAction = fixture.action(plan.beds, "Open ten more beds", plan.shelter, today.plusMonths(1));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletRequestBuilder move(long actionId, ActionStatus status, String note) {
        return post("/corrective-actions/" + actionId + "/status").param("version", String.valueOf(version(actionId)))
                .param("status", status.name()).param("note", note).with(csrf());
    }

    private CorrectiveActionView action(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return reviews.correctiveAction(id);
        } finally {
            TestSignIn.clear();
        }
    }

    private int version(long id) {
        return action(id).version();
    }

    private SignedInUser focalPoint(long institution) {
        return TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
    }

    @Test
    void theRegisterListsTheActionsByDueDateMarksTheOverdueOneAndFiltersByOwner() throws Exception {
        var register = page(get(fixture.register()).with(TestSignIn.as(Role.COORDINATOR)));

        assertThat(register.select("table.register tbody tr")).extracting(row -> row.id())
                .containsExactly("ca-" + late, "ca-" + shelterAction, "ca-" + policeAction);
        assertThat(register.select("tr.overdue")).extracting(row -> row.id()).containsExactly("ca-" + late);
        assertThat(register.select("#ca-" + late + " .overdue").text()).isEqualTo("overdue");

        var police = page(get(fixture.register()).param("owner", String.valueOf(fixture.plan.police))
                .with(TestSignIn.as(Role.EVALUATOR)));
        assertThat(police.select("table.register tbody tr")).extracting(row -> row.id())
                .containsExactly("ca-" + late, "ca-" + policeAction);
        var overdue = page(get(fixture.register()).param("overdue", "true").with(TestSignIn.as(Role.MEMBER)));
        assertThat(overdue.select("table.register tbody tr")).extracting(row -> row.id()).containsExactly("ca-" + late);
    }

    @Test
    void theOwnersFocalPointMovesTheirActionToDoneButCannotTouchAnotherInstitutionsAction() throws Exception {
        var focal = TestSignIn.as(focalPoint(fixture.plan.shelter));

        var own = page(get(fixture.register()).with(focal));
        assertThat(own.select("table.register tbody tr")).extracting(row -> row.id()).containsExactly("ca-" + shelterAction);
        assertThat(own.select("#ca-" + shelterAction + " form.status-form")).hasSize(1);
        assertThat(own.select("details.revise")).as("the focal point changes status and note only").isEmpty();

        mvc.perform(move(shelterAction, ActionStatus.IN_PROGRESS, "Rooms being furnished").with(focal))
                .andExpect(redirectedUrl(fixture.register() + "#ca-" + shelterAction));
        mvc.perform(move(shelterAction, ActionStatus.DONE, "Ten beds open since Monday").with(focal))
                .andExpect(flash().attribute("noticeKey", "review.register.status-saved"));
        var done = action(shelterAction);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.closedOn()).isEqualTo(LocalDate.now());
        assertThat(done.statusNote()).isEqualTo("Ten beds open since Monday");

        mvc.perform(move(policeAction, ActionStatus.IN_PROGRESS, "Not ours").with(focal)).andExpect(status().isForbidden());
        mvc.perform(post("/corrective-actions/" + shelterAction + "/edit").param("version", "0")
                        .param("description", "Something else").param("ownerInstitutionId", String.valueOf(fixture.plan.shelter))
                        .param("dueDate", "2030-01-01").with(csrf()).with(focal))
                .andExpect(status().isForbidden());
        assertThat(action(policeAction).status()).isEqualTo(ActionStatus.OPEN);
        mvc.perform(get(fixture.register()).param("owner", String.valueOf(fixture.plan.police)).with(focal))
                .andExpect(status().isOk());
    }

    @Test
    void aFocalPointNeverReadsAnotherInstitutionsActions() throws Exception {
        var focal = focalPoint(fixture.plan.shelter);
        var asked = page(get(fixture.register()).param("owner", String.valueOf(fixture.plan.police))
                .with(TestSignIn.as(focal)));
        assertThat(asked.select("table.register tbody tr")).isEmpty();

        var csv = mvc.perform(get(fixture.register() + ".csv").with(TestSignIn.as(focal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Open ten more beds").doesNotContain("joint operation");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(reviews.correctiveActions(fixture.plan.planId, ActionFilter.none())).hasSize(3);
    }

    @Test
    void cancellingWithoutANoteIsRefusedWithTheReason() throws Exception {
        var officer = TestSignIn.as(Role.ME_OFFICER);

        mvc.perform(move(late, ActionStatus.CANCELLED, "").with(officer))
                .andExpect(flash().attribute("problemKey", "review.error.cancel-note-required"));
        mvc.perform(move(late, ActionStatus.DONE, "").with(officer))
                .andExpect(flash().attribute("problemKey", "review.error.cannot-move"));

        assertThat(action(late).status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void theDownloadsHoldTheFilteredActionsWithoutLettingTextBecomeAFormula() throws Exception {
        var plan = fixture.plan;
        fixture.action(plan.beds, "=HYPERLINK(\"http://evil\",\"click\")", plan.shelter, LocalDate.now().plusDays(5));
        var officer = TestSignIn.as(Role.ME_OFFICER);

        var csv = mvc.perform(get(fixture.register() + ".csv").param("owner", String.valueOf(plan.shelter)).with(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Open ten more beds").contains("'=HYPERLINK").doesNotContain("joint operation");

        var xlsx = mvc.perform(get(fixture.register() + ".xlsx").with(officer)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Sign the data-sharing protocol");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Yes");
        }
    }

    @Test
    void theRegisterSpeaksAlbanian() throws Exception {
        var register = page(get(fixture.register()).param("lang", "sq").with(TestSignIn.as(Role.ME_OFFICER)));

        assertThat(register.select("h1").text()).isEqualTo("Veprimet korrigjuese");
        assertThat(register.select("#ca-" + late + " .overdue").text()).isEqualTo("me vonesë");
        assertThat(register.select("#ca-" + late).text()).contains("I hapur");
    }
}
