package org.ariadne.institutions.web;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
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

/** The institutions directory downloaded as CSV and Excel by anyone who may read the list. */
@AriadneIntegrationTest
class DirectoryDownloadIntegrationTest {

    private static final List<String> HEADER = List.of("Name", "Short name", "Also written as", "Type", "Level",
            "Member of the National Authority", "Reports progress", "Active", "Contact person", "Contact e-mail",
            "Demo data", "Name in Albanian", "Name in Serbian", "Name in Macedonian", "Acronyms (separated by commas)");

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String institution(String name, boolean active) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var id = institutions.create(new InstitutionCommand(name, "KP", InstitutionType.POLICE, InstitutionLevel.NATIONAL,
                true, true, "Arta Krasniqi", "arta@police.example", "+383 38 000 000", active)
                .withNames("Policia " + name, "Полиција " + name, "Полицијата " + name, "PK, KPS"));
        institutions.addAlias(id, name + " (old name)");
        TestSignIn.clear();
        return name;
    }

    private Download download(String url, Role role) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aFocalPointDownloadsTheWholeDirectoryAsExcelInactiveInstitutionsIncluded() throws Exception {
        var police = institution(Unique.name("Kosovo Police"), true);
        var closed = institution(Unique.name("Closed shelter"), false);

        var file = download("/institutions.xlsx", Role.FOCAL_POINT);

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).isEqualTo("institutions-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
        assertThat(rows).contains(List.of(police, "KP", police + " (old name)", "Police", "National", "Yes", "Yes", "Yes",
                "Arta Krasniqi", "arta@police.example", "No", "Policia " + police, "Полиција " + police,
                "Полицијата " + police, "PK, KPS"));
        assertThat(rows).anyMatch(row -> row.get(0).equals(closed) && row.get(7).equals("No"));
        assertThat(rows).as("the phone number is not on the list page, nor in the file")
                .noneMatch(row -> row.contains("+383 38 000 000"));
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndHasTheSameRows() throws Exception {
        var police = institution(Unique.name("Policia e Kosovës"), true);

        var file = download("/institutions.csv?lang=sq", Role.MEMBER);

        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).isEqualTo("institutions-" + LocalDate.now() + ".csv");
        assertThat(file.hasByteOrderMark()).isTrue();
        var rows = file.csvRows();
        assertThat(rows.get(0)).startsWith("Emri", "Emri i shkurtër");
        assertThat(rows).anyMatch(row -> row.get(0).equals(police) && row.get(3).equals("Policia"));
        assertThat(rows).hasSameSizeAs(download("/institutions.xlsx", Role.MEMBER).xlsxRows());
    }

    @Test
    void aNameTypedLikeAFormulaStaysTextInBothFiles() throws Exception {
        var name = "=HYPERLINK(\"http://x\",\"y\") " + Unique.name("ngo");
        institution(name, true);

        assertThat(download("/institutions.csv", Role.EVALUATOR).csvRows()).anyMatch(row -> row.get(0).equals("'" + name));
        try (var workbook = download("/institutions.xlsx", Role.EVALUATOR).workbook()) {
            var found = false;
            for (var row : workbook.getSheetAt(0)) {
                var cell = row.getCell(0);
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    found = true;
                }
                assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theListOffersBothDownloads() throws Exception {
        institution(Unique.name("Police"), true);

        var page = mvc.perform(get("/institutions").with(TestSignIn.as(Role.FOCAL_POINT))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("href=\"/institutions.csv\"").contains("href=\"/institutions.xlsx\"");
    }

    @Test
    void nobodyDownloadsTheDirectoryWithoutSigningIn() throws Exception {
        for (var url : List.of("/institutions.csv", "/institutions.xlsx")) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }
}
