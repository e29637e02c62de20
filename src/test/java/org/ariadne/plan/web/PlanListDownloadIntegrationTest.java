package org.ariadne.plan.web;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.ariadne.plan.PlanCommand;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.SpecificObjectiveCommand;
import org.ariadne.plan.StrategicObjectiveCommand;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The list of plans downloaded as CSV and Excel, with the years and the framework's size as numbers. */
@AriadneIntegrationTest
class PlanListDownloadIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** A plan with one strategic objective holding two specific objectives. */
    private String plan(String title) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var plan = editing.createPlan(new PlanCommand(title, null, null, null, 2015, 2019, PlanStatus.ADOPTED));
        var so = editing.addStrategicObjective(plan, new StrategicObjectiveCommand("SO 1", "Prevention", null,
                ThematicArea.PREVENTION));
        editing.addSpecificObjective(so, new SpecificObjectiveCommand("SO 1.1", "Awareness", null));
        editing.addSpecificObjective(so, new SpecificObjectiveCommand("SO 1.2", "Schools", null));
        TestSignIn.clear();
        return title;
    }

    private Download download(String url, Role role) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theListAsExcelGivesEachPlansPeriodStatusAndSizeAsNumbers() throws Exception {
        var title = plan(Unique.name("National Strategy"));

        var file = download("/plans.xlsx", Role.MEMBER);

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).isEqualTo("plans-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Title", "First year", "Last year", "Status", "Strategic objectives",
                "Specific objectives", "Activities", "Indicators", "Demo data");
        assertThat(rows).contains(List.of(title, 2015.0, 2019.0, "Adopted", 1.0, 2.0, 0.0, 0.0, "No"));
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkInTheReadersLanguage() throws Exception {
        var title = plan(Unique.name("Strategjia kombëtare"));

        var file = download("/plans.csv?lang=sq", Role.FOCAL_POINT);

        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).isEqualTo("plans-" + LocalDate.now() + ".csv");
        assertThat(file.hasByteOrderMark()).isTrue();
        var rows = file.csvRows();
        assertThat(rows.get(0).get(0)).isEqualTo("Titulli");
        assertThat(rows).anyMatch(row -> row.get(0).equals(title) && row.subList(1, 3).equals(List.of("2015", "2019")));
    }

    @Test
    void aTitleTypedLikeAFormulaStaysTextInBothFiles() throws Exception {
        var title = plan("=HYPERLINK(\"http://x\",\"y\") " + Unique.name("plan"));

        assertThat(download("/plans.csv", Role.COORDINATOR).csvRows()).anyMatch(row -> row.get(0).equals("'" + title));
        try (var workbook = download("/plans.xlsx", Role.COORDINATOR).workbook()) {
            var cells = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
            workbook.getSheetAt(0).forEach(row -> cells.add(row.getCell(0)));
            var cell = cells.stream().filter(c -> c.getCellType() == CellType.STRING && c.getStringCellValue().equals(title))
                    .findFirst().orElseThrow();
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cells).noneMatch(c -> c.getCellType() == CellType.FORMULA);
        }
    }

    @Test
    void theListOffersBothDownloadsAndNobodyGetsThemWithoutSigningIn() throws Exception {
        plan(Unique.name("Plan"));

        var page = mvc.perform(get("/plans").with(TestSignIn.as(Role.EVALUATOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/plans.csv\"").contains("href=\"/plans.xlsx\"");

        for (var url : List.of("/plans.csv", "/plans.xlsx")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }
}
