package org.ariadne.audit.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit trail and an element's history downloaded as CSV and Excel, with the page's filters and roles. */
@AriadneIntegrationTest
class AuditDownloadsIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditHistory history;
    @Autowired
    AuditSpreadsheets spreadsheets;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.ariadne.security.UserAccounts accounts;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static void actAs(String username, Role role) {
        var user = TestSignIn.user(username, null, role);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** An institution an officer creates with the given name, then changes its contact from Arta to Besim. */
    private long institutionChangedBy(String officer, String name) {
        actAs(officer, Role.ME_OFFICER);
        try {
            var id = institutions.create(new InstitutionCommand(name, null, InstitutionType.SHELTER_NGO,
                    InstitutionLevel.NATIONAL, false, true, "Arta Krasniqi", null, null, true));
            var created = institutions.get(id);
            institutions.update(id, created.version(), new InstitutionCommand(name, null, InstitutionType.SHELTER_NGO,
                    created.level(), false, true, "Besim Gashi", null, null, true));
            return id;
        } finally {
            TestSignIn.clear();
        }
    }

    private Download download(String url, Role role) throws Exception {
        return Download.of(mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theTrailAsExcelHoldsTheFilteredChangesWithTypedDates() throws Exception {
        var officer = Unique.username("officer");
        var name = Unique.name("Shelter");
        institutionChangedBy(officer, name);
        var otherName = Unique.name("Shelter");
        institutionChangedBy(Unique.username("officer"), otherName);

        var file = download("/audit.xlsx?type=institution&actor=" + officer, Role.EVALUATOR);

        assertThat(file.contentType()).isEqualTo(XLSX);
        assertThat(file.fileName()).isEqualTo("audit-trail-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows.get(0)).containsExactly("When", "Who", "Action", "Element type", "Element number", "Element",
                "Plan number", "Changed", "Before → after");
        assertThat(rows).hasSize(3);
        var change = rows.get(1);
        assertThat(change.get(0)).isInstanceOf(LocalDateTime.class);
        assertThat(change.subList(1, 4)).containsExactly(officer, "Changed", "Institution");
        assertThat(change.get(4)).isInstanceOf(Double.class);
        assertThat(change.get(5)).isEqualTo(name);
        assertThat(change.get(8)).isEqualTo("Contact person: Arta Krasniqi → Besim Gashi");
        assertThat(rows.get(2).get(2)).isEqualTo("Created");
        assertThat(rows).noneMatch(row -> row.contains(otherName));
    }

    @Test
    void theTrailAsCsvIsUtf8WithAByteOrderMarkAndSpeaksTheReadersLanguage() throws Exception {
        var officer = Unique.username("officer");
        var name = Unique.name("Strehimore ë");
        institutionChangedBy(officer, name);

        var file = download("/audit.csv?lang=sq&actor=" + officer, Role.ME_OFFICER);

        assertThat(file.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(file.fileName()).isEqualTo("audit-trail-" + LocalDate.now() + ".csv");
        assertThat(file.hasByteOrderMark()).isTrue();
        var rows = file.csvRows();
        assertThat(rows.get(0)).startsWith("Kur", "Kush", "Veprimi");
        assertThat(rows).hasSize(3).anyMatch(row -> row.contains(name));
    }

    @Test
    void textTypedLikeAFormulaStaysTextInBothFiles() throws Exception {
        var officer = Unique.username("officer");
        var name = FORMULA + " " + Unique.name("ngo");
        actAs(officer, Role.ME_OFFICER);
        long id = institutions.create(InstitutionCommand.named(name, InstitutionType.NGO));
        TestSignIn.clear();

        var csv = download("/audit.csv?actor=" + officer, Role.ME_OFFICER).csvRows();
        assertThat(csv.get(1).get(5)).isEqualTo("'" + name);

        var xlsx = download("/audit.xlsx?actor=" + officer, Role.ME_OFFICER);
        try (var workbook = xlsx.workbook()) {
            var cell = workbook.getSheetAt(0).getRow(1).getCell(5);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(name);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }

        var historyCsv = download("/audit/history/institution/" + id + ".csv", Role.ME_OFFICER).csvRows();
        assertThat(historyCsv).anyMatch(row -> row.contains("'" + name));
        var historyXlsx = download("/audit/history/institution/" + id + ".xlsx", Role.ME_OFFICER).xlsxRows();
        assertThat(historyXlsx).anyMatch(row -> row.contains(name));
    }

    @Test
    void theHistoryOfAnElementIsALinePerChangedFieldNewestFirst() throws Exception {
        var name = Unique.name("Shelter");
        long id = institutionChangedBy(Unique.username("officer"), name);

        var xlsx = download("/audit/history/institution/" + id + ".xlsx", Role.ADMINISTRATOR);
        assertThat(xlsx.contentType()).isEqualTo(XLSX);
        assertThat(xlsx.fileName()).isEqualTo("history-institution-" + id + "-" + LocalDate.now() + ".xlsx");
        var rows = xlsx.xlsxRows();
        assertThat(rows.get(0)).containsExactly("When", "Who", "Action", "Field", "Before", "After");
        assertThat(rows.get(1).subList(2, 6)).containsExactly("Changed", "Contact person", "Arta Krasniqi", "Besim Gashi");
        assertThat(rows.subList(2, rows.size())).allMatch(row -> row.get(2).equals("Created"))
                .anyMatch(row -> row.get(3).equals("Name") && row.get(5).equals(name));

        var csv = download("/audit/history/institution/" + id + ".csv", Role.COORDINATOR);
        assertThat(csv.fileName()).isEqualTo("history-institution-" + id + "-" + LocalDate.now() + ".csv");
        assertThat(csv.hasByteOrderMark()).isTrue();
        assertThat(csv.csvRows()).hasSameSizeAs(rows);
    }

    @Test
    void theHistoryPageOffersBothDownloads() throws Exception {
        long id = institutionChangedBy(Unique.username("officer"), Unique.name("Shelter"));

        var page = mvc.perform(get("/audit/history/institution/" + id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/audit/history/institution/" + id + ".csv")
                .contains("/audit/history/institution/" + id + ".xlsx");
    }

    @Test
    void theTrailPageOffersBothDownloadsWithItsFilters() throws Exception {
        var page = mvc.perform(get("/audit?type=institution&offset=200").with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/audit.csv?type=institution\"").contains("/audit.xlsx?type=institution\"");
    }

    @Test
    void membersAndFocalPointsGetNoDownloadEither() throws Exception {
        long id = institutionChangedBy(Unique.username("officer"), Unique.name("Shelter"));
        for (var role : new Role[] {Role.MEMBER, Role.FOCAL_POINT}) {
            for (var url : new String[] {"/audit.xlsx", "/audit/history/institution/" + id + ".csv",
                    "/audit/history/institution/" + id + ".xlsx"}) {
                mvc.perform(get(url).with(TestSignIn.as(role))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void theHistoryOfAUserAccountIsTheAdministratorsOnly() throws Exception {
        var officer = Unique.username("officer");
        // a real account of the home participant: an administrator of a participant reads its own people's history
        long account = accounts.createAtStartUp(new org.ariadne.security.UserCommand(officer, "Audited officer", null,
                null, java.util.EnumSet.of(Role.ME_OFFICER), null, true, "Audited-officer-2026"));
        actAs(officer, Role.ADMINISTRATOR);
        transaction.executeWithoutResult(status -> trail.record(
                AuditRecord.updated("user", account, officer, null, Map.of("fullName", "Before"),
                        Map.of("fullName", "Audited officer"))));
        TestSignIn.clear();

        mvc.perform(get("/audit/history/user/" + account + ".csv").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
        download("/audit/history/user/" + account + ".csv", Role.ADMINISTRATOR);
    }

    @Test
    void aTrailLongerThanTheLimitIsCutWithAMessageOnItsLastLine() {
        var importer = Unique.username("importer");
        recordActivities(importer, 3);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var filter = new AuditFilter(null, null, importer, null, null, null);

        var out = new ByteArrayOutputStream();
        spreadsheets.trail(filter, 2, AuditSpreadsheets.Format.XLSX, Locale.ENGLISH, out);

        var rows = new Download(XLSX, "x.xlsx", out.toByteArray()).xlsxRows();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(5)).isEqualTo("A3");
        assertThat(rows.get(2).get(5)).isEqualTo("A2");
        assertThat(rows.get(3)).isEmpty();
        assertThat(rows.get(4).get(0).toString()).startsWith("Only the newest 2 entries are in this file.");
    }

    private void recordActivities(String actor, int count) {
        actAs(actor, Role.ME_OFFICER);
        transaction.executeWithoutResult(status -> trail.recordAll(IntStream.rangeClosed(1, count)
                .mapToObj(n -> AuditRecord.created("activity", 800_000L + n, "A" + n, null, Map.of("n", n)))
                .toList()));
        TestSignIn.clear();
    }
}
