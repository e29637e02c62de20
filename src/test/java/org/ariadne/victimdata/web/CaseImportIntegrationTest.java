package org.ariadne.victimdata.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.linkage.Sex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases imported from an institution's workbook: the template, a workbook filled in the way institutions fill it
 * (their own headings, dates typed as text, a second identification in Cyrillic), the preview with the linkage's
 * proposals and every problem by cell, the confirmation registering every row as typed cases are, and the sealed
 * upload: no name, birth date or document number in clear anywhere in the database, the waiting file included.
 */
@AriadneIntegrationTest
class CaseImportIntegrationTest {

    private static final String BASE = "/victim-data/cases/import";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    long police;
    String policeName;
    SignedInUser officer;
    LocalDate born;
    LocalDate bornEarlier;

    @BeforeEach
    void institutionAndOfficer() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        policeName = Unique.name("Trafficking Police Unit");
        police = institutions.create(InstitutionCommand.named(policeName, InstitutionType.POLICE));
        TestSignIn.clear();
        officer = TestSignIn.user(Unique.username("importer"), null, Role.VICTIM_DATA_OFFICER);
        // birth days no other fixture uses, so that the linkage proposes only this test's cases
        born = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
        bornEarlier = born.plusDays(1 + ThreadLocalRandom.current().nextInt(300));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aFilledTemplateIsPreviewedWithItsLinkageAndOnConfirmationRegisteredWithoutAnyNameInClear() throws Exception {
        var template = mvc.perform(get(BASE + "/template.xlsx").with(TestSignIn.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var headings = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("only the headings").isZero();
        }
        assertThat(headings).contains("Date of identification *", "Identifying institution *", "Sex *",
                "First names", "Surnames", "Date of birth", "Document numbers");

        // an earlier case of Mirjeta Shehu, typed in the browser's way
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        var earlier = register.register(new CaseCommand(LocalDate.of(2021, 5, 2), police, null, CaseStatus.IDENTIFIED,
                Sex.FEMALE, 19, "al", "Shkodër", "Vau i Dejës", CaseScope.TRANSNATIONAL,
                EnumSet.of(ExploitationForm.SEXUAL), null, null, null, null, null, null, null,
                LocalDate.of(2021, 12, 1), Set.of(), false, "", "Mirjeta", "Shehu", bornEarlier, "Shkodër", "Gjergj",
                "Lule", ""));
        TestSignIn.clear();
        long lastBefore = jdbc.sql("select max(id) from victim_case").query(Long.class).single();

        // the institution fills the template, renaming two headings its own way and typing some dates as text
        var own = new ArrayList<>(headings);
        own.set(own.indexOf("Date of birth"), "DOB");
        own.set(own.indexOf("Surnames"), "Mbiemri");
        var file = workbook(own, List.of(
                row(LocalDate.of(2024, 3, 1), "Identified victim", "F", 24, "Sexual exploitation, Forced labour",
                        "Dragana", "Petrović", born, "Zoran", "RS1122334"),
                row(LocalDate.of(2025, 1, 10), "Presumed victim", "Female", 25, "Forced labour",
                        "Драгана", "Петровић", born.format(TYPED), "Зоран", ""),
                row(LocalDate.of(2025, 2, 3), "Identified victim", "F", 22, "Sexual exploitation",
                        "Mirjeta", "Šehu", bornEarlier.format(TYPED), "Gjergj", "")));
        var token = upload(file);

        // the waiting upload is sealed: not the workbook, nothing of it readable
        var waiting = jdbc.sql("select content, file_name from pending_upload where id = ?").param(token)
                .query((rs, i) -> List.of(rs.getBytes(1), rs.getString(2))).single();
        var sealed = (byte[]) waiting.get(0);
        assertThat(sealed).isNotEqualTo(file);
        assertThat(new String(sealed, 0, 2, StandardCharsets.ISO_8859_1)).as("not a zip: not the workbook")
                .isNotEqualTo("PK");
        assertThat(waiting.get(1)).isEqualTo("cases.xlsx");

        var preview = page(get(BASE + "/" + token));
        assertThat(preview.select("#preview-rows tbody tr")).hasSize(3);
        assertThat(preview.selectFirst("[data-count=errors]").text()).isEqualTo("0");
        assertThat(preview.selectFirst("#row-2").text()).contains(policeName, "new person");
        assertThat(preview.selectFirst("#row-3").text()).contains("may be the same person as row 2 of this file");
        assertThat(preview.selectFirst("#row-4").text()).contains("the same person as " + earlier.reference());
        assertThat(preview.text()).as("the preview shows no name").doesNotContain("Dragana", "Петровић", "Mirjeta");
        assertThat(count("select count(*) from victim_case")).as("nothing saved before the confirmation")
                .isEqualTo(count("select count(*) from victim_case where id <= " + lastBefore));

        var confirm = preview.selectFirst("#confirm-form");
        mvc.perform(post(confirm.attr("action")).param("seen", confirm.selectFirst("input[name=seen]").val())
                        .with(csrf()).with(TestSignIn.as(officer)))
                .andExpect(status().is3xxRedirection());

        var imported = jdbc.sql("select id from victim_case where id > ? order by id").param(lastBefore)
                .query(Long.class).list();
        assertThat(imported).hasSize(3);
        assertThat(jdbc.sql("select earlier_case_id from victim_case_match where case_id = ?").param(imported.get(1))
                .query(Long.class).list()).as("the Cyrillic row proposes the first row's case").contains(imported.get(0));
        assertThat(jdbc.sql("select earlier_case_id from victim_case_match where case_id = ? and decision = 'PROPOSED'")
                .param(imported.get(2)).query(Long.class).list()).as("the earlier typed case is proposed")
                .contains(earlier.id());
        assertThat(jdbc.sql("select detail from victim_case_access where case_id = ? and action = 'CREATE'")
                .param(imported.get(0)).query(String.class).list()).containsExactly("imported");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'victim-case' and entity_id = ?").param(imported.get(0))
                .query(Integer.class).single()).as("each imported case is in the audit trail").isPositive();
        assertThat(jdbc.sql("select content from pending_upload where id = ?").param(token).query(byte[].class)
                .single()).as("the file is emptied once confirmed").isEmpty();

        // a second confirmation (the back button) saves nothing twice
        mvc.perform(post(confirm.attr("action")).param("seen", confirm.selectFirst("input[name=seen]").val())
                .with(csrf()).with(TestSignIn.as(officer))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from victim_case where id > ?").param(lastBefore).query(Integer.class)
                .single()).isEqualTo(3);

        assertNothingInClear(List.of("Dragana", "Драгана", "Petrović", "Petrovic", "Петровић", "Mirjeta", "Šehu",
                "Zoran", "Зоран", "RS1122334", born.toString(), born.format(TYPED), bornEarlier.toString(),
                bornEarlier.format(TYPED)));
    }

    @Test
    void whileAFileWaitsNothingOfItIsInClearAndCancellingDeletesIt() throws Exception {
        var token = upload(workbook(headings(), List.of(row(LocalDate.of(2024, 4, 4), "Presumed victim", "M", 31,
                "Forced begging", "Arbnor", "Xhaferaj", born, "Bekim", "PX9988776"))));
        assertNothingInClear(List.of("Arbnor", "Xhaferaj", "Bekim", "PX9988776", born.toString(), born.format(TYPED)));

        var cases = count("select count(*) from victim_case");
        var cancel = page(get(BASE + "/" + token)).select("#confirm-form button[formaction]").attr("formaction");
        mvc.perform(post(cancel).with(csrf()).with(TestSignIn.as(officer))).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from pending_upload where id = '" + token + "'")).isZero();
        assertThat(count("select count(*) from victim_case")).isEqualTo(cases);
        mvc.perform(get(BASE + "/" + token).with(TestSignIn.as(officer))).andExpect(status().isNotFound());
    }

    @Test
    void badFilesAreRefusedOrPreviewedWithEveryProblemBySheetRowAndCellAndNothingIsSaved() throws Exception {
        var waiting = count("select count(*) from pending_upload");
        assertThat(refused(new byte[0], "cases.xlsx")).contains("empty");
        assertThat(refused("%PDF-1.4 not a sheet".getBytes(StandardCharsets.UTF_8), "cases.pdf")).isNotBlank();
        assertThat(refused("Name;Surname\nDrita;Hoxha\n".getBytes(StandardCharsets.UTF_8), "cases.csv"))
                .contains("not a workbook");
        var huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        assertThat(refused(huge, "cases.xlsx")).contains("too large");
        assertThat(count("select count(*) from pending_upload")).as("no refused file kept").isEqualTo(waiting);

        // wrong headings: what is missing is named, the unknown column noted, nothing can be confirmed
        var wrong = page(get(BASE + "/" + upload(workbook(List.of("Name", "Age", "Colour"),
                List.of(List.of("Drita", 17, "blue"))))));
        var problems = wrong.select("#problems tbody tr").stream().map(tr -> tr.text()).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("Date of identification", "is missing"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("C1", "Colour", "ignored"));
        assertThat(wrong.selectFirst("#confirm-import").hasAttr("disabled")).isTrue();

        // a workbook with only its headings
        assertThat(page(get(BASE + "/" + upload(workbook(headings(), List.of())))).text())
                .contains("no case");

        // a formula, an impossible date of birth, an unknown institution: each named by its cell
        var cases = count("select count(*) from victim_case");
        var heads = headings();
        var formulaRow = row(LocalDate.of(2024, 4, 4), "Presumed victim", "M", "=10+7", "", "Ilir", "Gashi", born,
                "", "");
        var badDate = row(LocalDate.of(2024, 4, 5), "Presumed victim", "M", 30, "", "Ilir", "Gashi", "31.02.1990",
                "", "");
        var unknown = new LinkedHashMap<>(row(LocalDate.of(2024, 4, 6), "Presumed victim", "M", 30, "", "", "", "",
                "", ""));
        unknown.put("Identifying institution *", "Nowhere Institute");
        var preview = page(get(BASE + "/" + upload(workbook(heads, List.of(formulaRow, badDate, unknown)))));
        var shown = preview.select("#problems tbody tr").stream().map(tr -> tr.text()).toList();
        var age = column(heads, "Age at identification");
        var birth = column(heads, "Date of birth");
        var institution = column(heads, "Identifying institution *");
        assertThat(shown).anySatisfy(p -> assertThat(p).contains(age + "2", "holds a formula"));
        assertThat(shown).anySatisfy(p -> assertThat(p).contains(birth + "3: Date of birth 31.02.1990 is not a date"));
        assertThat(shown).anySatisfy(p -> assertThat(p).contains(institution + "4", "Nowhere Institute"));
        assertThat(preview.selectFirst("[data-count=errors]").text()).isEqualTo("3");
        var confirm = preview.selectFirst("#confirm-form");
        var refused = Jsoup.parse(mvc.perform(post(confirm.attr("action")).with(csrf()).with(TestSignIn.as(officer))
                        .param("seen", confirm.selectFirst("input[name=seen]").val()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused.selectFirst(".flash.problem").text()).contains("3 problem");
        assertThat(count("select count(*) from victim_case")).as("nothing saved").isEqualTo(cases);
    }

    @Test
    void everyOtherRoleIsRefusedEveryImportAddressAndTheUploadStays() throws Exception {
        var token = upload(workbook(headings(), List.of(row(LocalDate.of(2024, 4, 4), "Presumed victim", "M", 31,
                "", "Besnik", "Morina", born, "", ""))));
        var cases = count("select count(*) from victim_case");
        var answers = new ArrayList<String>();
        for (var role : EnumSet.complementOf(EnumSet.of(Role.VICTIM_DATA_OFFICER))) {
            for (var request : List.<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>>of(get(BASE), get(BASE + "/template.xlsx"),
                    multipart(BASE).file(new MockMultipartFile("file", "c.xlsx", null, new byte[] {1})).with(csrf()),
                    get(BASE + "/" + token), post(BASE + "/" + token + "/confirm").with(csrf()),
                    post(BASE + "/" + token + "/cancel").with(csrf()))) {
                var response = mvc.perform(request.with(TestSignIn.as(role))).andReturn().getResponse();
                answers.add(role + " -> " + response.getStatus());
            }
        }
        assertThat(answers).isNotEmpty().allMatch(answer -> answer.endsWith("-> 403"));
        assertThat(count("select count(*) from victim_case")).isEqualTo(cases);
        assertThat(count("select count(*) from pending_upload where id = '" + token + "' and confirmed_at is null"))
                .isOne();
        // another officer does not find it either: an upload is its uploader's
        var other = TestSignIn.user(Unique.username("other-officer"), null, Role.VICTIM_DATA_OFFICER);
        mvc.perform(get(BASE + "/" + token).with(TestSignIn.as(other))).andExpect(status().isNotFound());
    }

    // ---- helpers ----

    private List<String> headings() throws Exception {
        var template = mvc.perform(get(BASE + "/template.xlsx").with(TestSignIn.as(officer))).andReturn().getResponse()
                .getContentAsByteArray();
        var headings = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
        }
        return headings;
    }

    /** A row by the template's English headings; a heading renamed by the institution is found by position. */
    private Map<String, Object> row(LocalDate identified, String status, String sex, Object age, String forms,
            String first, String surname, Object born, String father, String documents) {
        var row = new LinkedHashMap<String, Object>();
        row.put("Date of identification *", identified);
        row.put("Identifying institution *", policeName);
        row.put("Status *", status);
        row.put("Sex *", sex);
        row.put("Age at identification", age);
        row.put("Citizenship", "RS");
        row.put("Municipality", "Dragash");
        row.put("Scope *", "Internal");
        row.put("Forms of exploitation", forms);
        row.put("First names", first);
        row.put("Surnames", surname);
        row.put("Date of birth", born);
        row.put("Father's first name", father);
        row.put("Document numbers", documents);
        return row;
    }

    private static String column(List<String> headings, String heading) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(headings.indexOf(heading));
    }

    /** A workbook as Excel writes it: dates as dates (day.month.year), numbers as numbers, formulas as formulas. */
    private static byte[] workbook(List<String> headings, List<?> rows) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Cases");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            var heading = sheet.createRow(0);
            for (int c = 0; c < headings.size(); c++) {
                heading.createCell(c).setCellValue(headings.get(c));
            }
            int r = 1;
            for (var each : rows) {
                var row = sheet.createRow(r++);
                List<Object> values = new ArrayList<>();
                if (each instanceof Map<?, ?> byHeading) {
                    // the institution may have renamed a heading: the value goes where the template has it
                    var english = new ArrayList<>(byHeading.keySet());
                    for (int c = 0; c < headings.size(); c++) {
                        values.add(null);
                    }
                    for (var key : english) {
                        int at = headings.indexOf(key);
                        if (at < 0) {
                            at = renamed(headings, (String) key);
                        }
                        if (at >= 0) {
                            values.set(at, byHeading.get(key));
                        }
                    }
                } else {
                    values.addAll((List<?>) each);
                }
                for (int c = 0; c < values.size(); c++) {
                    var value = values.get(c);
                    if (value == null || "".equals(value)) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dates);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof String text && text.startsWith("=")) {
                        cell.setCellFormula(text.substring(1));
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
        return out.toByteArray();
    }

    private static int renamed(List<String> headings, String english) {
        return switch (english) {
            case "Date of birth" -> headings.indexOf("DOB");
            case "Surnames" -> headings.indexOf("Mbiemri");
            default -> -1;
        };
    }

    private String upload(byte[] content) throws Exception {
        var location = mvc.perform(multipart(BASE).file(new MockMultipartFile("file", "Dragana P.xlsx", null, content))
                        .with(csrf()).with(TestSignIn.as(officer)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(BASE + "/");
        return location.substring(BASE.length() + 1);
    }

    private String refused(byte[] content, String fileName) throws Exception {
        var page = Jsoup.parse(mvc.perform(multipart(BASE).file(new MockMultipartFile("file", fileName, null, content))
                        .with(csrf()).with(TestSignIn.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#upload-form")).as("the form to try again").hasSize(1);
        return page.selectFirst(".flash.problem").text();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(TestSignIn.as(officer))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    /** Greps every table the register and the uploads write, as text and as the hex a bytea column reads as. */
    private void assertNothingInClear(List<String> secrets) {
        var found = new ArrayList<String>();
        for (var table : List.of("victim_case", "victim_person", "victim_case_match", "victim_case_access",
                "victim_case_document_key", "victim_case_exploitation", "victim_case_service", "audit_event",
                "pending_upload")) {
            for (var row : jdbc.sql("select * from " + table).query((rs, index) -> {
                var cells = new StringBuilder();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    cells.append(rs.getString(column)).append('|');
                }
                return cells.toString().toLowerCase(Locale.ROOT);
            }).list()) {
                for (var text : secrets) {
                    var hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
                    if (row.contains(text.toLowerCase(Locale.ROOT)) || row.contains(hex)) {
                        found.add(table + " holds " + text);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
