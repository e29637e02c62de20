package org.ariadne.security.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's list of user accounts downloaded as CSV and Excel, without anything secret. */
@AriadneIntegrationTest
class UserListDownloadIntegrationTest {

    private static final String PASSWORD = "three rivers meet here";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private record Account(String username, String fullName, String institution, String passwordHash) {
    }

    /** A focal point of a police institution, switched off, whose access ended yesterday. */
    private Account focalPoint(String fullName) {
        var username = Unique.username("focal");
        var institution = Unique.name("Police");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var institutionId = institutions.create(InstitutionCommand.named(institution, InstitutionType.POLICE));
        accounts.create(new UserCommand(username, fullName, username + "@police.example", institutionId,
                Set.of(Role.FOCAL_POINT), LocalDate.now().minusDays(1), false, PASSWORD));
        TestSignIn.clear();
        var hash = jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
        return new Account(username, fullName, institution, hash);
    }

    private Download download(String url, Role role) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theListAsExcelHoldsWhatThePageShowsAndSaysWhatItLeavesOut() throws Exception {
        var account = focalPoint(Unique.name("Arta Krasniqi"));

        var file = download("/admin/users.xlsx", Role.ADMINISTRATOR);

        assertThat(file.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.fileName()).isEqualTo("user-accounts-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("Full name", "User name", "Roles", "Institution", "State",
                "Last sign-in", "Access until");
        assertThat(rows).contains(List.of(account.fullName(), account.username(), "Focal point", account.institution(),
                "Switched off, Access ended", "never", LocalDate.now().minusDays(1).atStartOfDay()));
        try (var workbook = file.workbook()) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            var about = workbook.getSheetAt(1);
            assertThat(about.getSheetName()).isEqualTo("About this file");
            assertThat(about.getRow(0).getCell(0).getStringCellValue())
                    .contains("Passwords, their hashes and counts of failed sign-ins are never exported.");
            assertThat(texts(workbook)).noneMatch(text -> text.contains(account.passwordHash()))
                    .noneMatch(text -> text.contains("@police.example"));
        }
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkEndsWithTheNoteAndHoldsNoSecret() throws Exception {
        var account = focalPoint(Unique.name("Ardita Gashi ë"));

        var file = download("/admin/users.csv?lang=sq", Role.ADMINISTRATOR);

        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).isEqualTo("user-accounts-" + LocalDate.now() + ".csv");
        assertThat(file.hasByteOrderMark()).isTrue();
        var rows = file.csvRows();
        assertThat(rows.get(0)).startsWith("Emri i plotë");
        assertThat(rows).anyMatch(row -> row.get(0).equals(account.fullName()) && row.get(1).equals(account.username()));
        assertThat(rows.get(rows.size() - 1).get(0)).startsWith("Llogaritë e përdoruesve")
                .contains("nuk eksportohen kurrë");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).doesNotContain(account.passwordHash())
                .doesNotContain("$argon2").doesNotContain("{bcrypt}");
    }

    @Test
    void aNameTypedLikeAFormulaStaysTextInBothFiles() throws Exception {
        var formula = "=HYPERLINK(\"http://x\",\"y\") " + Unique.name("person");
        var account = focalPoint(formula);

        assertThat(download("/admin/users.csv", Role.ADMINISTRATOR).csvRows())
                .anyMatch(row -> row.get(0).equals("'" + formula) && row.get(1).equals(account.username()));
        try (var workbook = download("/admin/users.xlsx", Role.ADMINISTRATOR).workbook()) {
            var cell = java.util.stream.StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
                    .map(row -> row.getCell(0)).filter(c -> formula.equals(c.getStringCellValue())).findFirst()
                    .orElseThrow();
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theListOffersBothDownloadsToTheAdministratorOnly() throws Exception {
        focalPoint(Unique.name("Arta Krasniqi"));
        var page = mvc.perform(get("/admin/users").with(TestSignIn.as(Role.ADMINISTRATOR))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/admin/users.csv\"").contains("href=\"/admin/users.xlsx\"");

        for (var role : List.of(Role.ME_OFFICER, Role.COORDINATOR, Role.FOCAL_POINT)) {
            for (var url : List.of("/admin/users.csv", "/admin/users.xlsx")) {
                mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isForbidden());
            }
        }
    }

    private static List<String> texts(org.apache.poi.xssf.usermodel.XSSFWorkbook workbook) {
        var texts = new ArrayList<String>();
        for (var sheet : workbook) {
            for (var row : sheet) {
                for (var cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        return texts;
    }
}
