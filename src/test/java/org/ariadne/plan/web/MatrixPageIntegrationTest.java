package org.ariadne.plan.web;

import java.util.List;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.IndicatorOwner;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The monitoring matrix and its filters, read by a National Authority member. */
@AriadneIntegrationTest
class MatrixPageIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanFixture fixture;

    long plan;
    long police;
    long shelter;
    long labourInspectorate;

    /**
     * SO 1 (prevention): A1.1.1 "Lessons in schools" led by the police, started, with two indicators;
     * A1.1.2 "Television campaign" supported by a shelter, not reported yet. SO 2 (protection): an objective
     * indicator "Victims identified", and A2.1.1 "Beds in shelters", completed, measured by the labour inspectorate.
     */
    @BeforeEach
    void plan() {
        police = fixture.institution("Police", InstitutionType.POLICE);
        shelter = fixture.institution("Shelter", InstitutionType.SHELTER_NGO);
        labourInspectorate = fixture.institution("Labour inspectorate", InstitutionType.OTHER);
        plan = fixture.plan("Matrix");
        var prevention = fixture.strategic(plan, "SO 1", "Prevent trafficking", ThematicArea.PREVENTION);
        var awareness = fixture.specific(prevention, "SO 1.1", "Raise awareness");
        var lessons = fixture.activity(awareness, "A1.1.1", "Lessons in schools", police, List.of(), ActivityStatus.STARTED);
        fixture.indicator(IndicatorOwner.activity(lessons), "Pupils reached");
        fixture.indicator(IndicatorOwner.activity(lessons), "Teachers trained");
        fixture.activity(awareness, "A1.1.2", "Television campaign", null, List.of(shelter), null);
        var protection = fixture.strategic(plan, "SO 2", "Protect victims", ThematicArea.PROTECTION);
        fixture.indicator(IndicatorOwner.strategicObjective(protection), "Victims identified");
        var shelters = fixture.specific(protection, "SO 2.1", "Shelter for every victim");
        var beds = fixture.activity(shelters, "A2.1.1", "Beds in shelters", null, List.of(), ActivityStatus.COMPLETED);
        fixture.indicator(IndicatorOwner.activity(beds), "Beds available", labourInspectorate);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void withoutFiltersEveryActivityAndIndicatorHasItsRow() throws Exception {
        var page = matrix("");

        assertThat(page).contains("5 rows")
                .containsSubsequence("Lessons in schools", "Pupils reached", "Teachers trained", "Television campaign",
                        "Victims identified", "Beds in shelters", "Beds available")
                .contains("rowspan=\"2\"")
                .contains("3 Has started").contains("4 Completed").contains("not reported yet");
    }

    @Test
    void filteringByThematicAreaKeepsThatAreaOnly() throws Exception {
        assertThat(matrix("?area=PROTECTION")).contains("2 rows").contains("Victims identified").contains("Beds in shelters")
                .doesNotContain("Lessons in schools").doesNotContain("Television campaign");
    }

    @Test
    void filteringByInstitutionFindsItAsLeadSupportingOrResponsible() throws Exception {
        assertThat(matrix("?institution=" + police)).contains("Lessons in schools")
                .doesNotContain("Television campaign").doesNotContain("Beds in shelters");
        assertThat(matrix("?institution=" + shelter)).contains("Television campaign")
                .doesNotContain("Lessons in schools").doesNotContain("Beds in shelters");
        assertThat(matrix("?institution=" + labourInspectorate)).contains("Beds in shelters")
                .doesNotContain("Lessons in schools").doesNotContain("Television campaign");
    }

    @Test
    void filteringByStatusAndByNotReportedYet() throws Exception {
        assertThat(matrix("?status=STARTED")).contains("2 rows").contains("Lessons in schools")
                .doesNotContain("Beds in shelters").doesNotContain("Television campaign");
        assertThat(matrix("?status=NOT_REPORTED")).contains("1 row<").contains("Television campaign")
                .doesNotContain("Lessons in schools").doesNotContain("Beds in shelters");
    }

    @Test
    void theDownloadsHoldTheRowsTheFilteredPageShows() throws Exception {
        var csv = mvc.perform(get("/plans/" + plan + "/matrix.csv?area=PREVENTION").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var lines = csv.strip().split("\r?\n");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines[0]).startsWith("\uFEFFObjective,Activity code");
        assertThat(csv).contains("Pupils reached").contains("Teachers trained").contains("Television campaign")
                .doesNotContain("Beds in shelters");

        var xlsx = mvc.perform(get("/plans/" + plan + "/matrix.xlsx").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void filteringByTextSearchesTitlesAndIndicators() throws Exception {
        assertThat(matrix("?text=teachers")).contains("Lessons in schools").doesNotContain("Television campaign")
                .doesNotContain("Beds in shelters");
    }

    @Test
    void theFilterFormRefreshesOnlyTheTableWithHtmxAndWorksWithoutIt() throws Exception {
        var page = matrix("?status=COMPLETED&area=&institution=&text=");

        assertThat(page).contains("hx-get=\"/plans/" + plan + "/matrix\"").contains("hx-select=\"#matrix\"")
                .contains("hx-push-url=\"true\"").contains("data-autosubmit").contains("id=\"matrix\"")
                .contains("<option value=\"COMPLETED\" selected=\"selected\">")
                .contains("/plans/" + plan + "/matrix.csv?status=COMPLETED");
    }

    @Test
    void aFilterThatCannotBeReadShowsTheWholeMatrix() throws Exception {
        assertThat(matrix("?area=TRAFFIC&institution=police")).contains("5 rows");
    }

    private String matrix(String query) throws Exception {
        return mvc.perform(get("/plans/" + plan + "/matrix" + query).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
