package org.ariadne.workbook;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** What was left of the plan workbook import (issue 9): cells in the institution messages, header words, audit. */
@AriadneIntegrationTest
class WorkbookImportLeftoversIntegrationTest {

    @Autowired
    PlanWorkbooks workbooks;
    @Autowired
    Vocabulary vocabulary;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ariadne.plan.Plans plans;

    @BeforeEach
    void signIn() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** The header words of the region's plans (issue 9), Serbian "Rb." among them, name their column. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rb.                     | CODE
            Rb                      | CODE
            Рб.                     | CODE
            Р.б.                    | CODE
            Бр.                     | CODE
            Р.бр.                   | CODE
            Nr.                     | CODE
            Nr. rendor              | CODE
            Мера                    | TITLE
            Мерка                   | TITLE
            Aktiviteti              | TITLE
            Носилац                 | LEAD_INSTITUTION
            Носител                 | LEAD_INSTITUTION
            Institucioni përgjegjës | LEAD_INSTITUTION
            Partnerët               | SUPPORTING_INSTITUTIONS
            Рок                     | START
            Afati                   | START
            Показатељ               | INDICATOR
            Показател               | INDICATOR
            Treguesi                | INDICATOR
            Buxheti (EUR)           | BUDGET
            Burimi i financimit     | FUNDING_SOURCE
            """)
    void headerWordsOfTheRegionNameTheirColumn(String header, WorkbookColumn column) {
        assertThat(vocabulary.header(header)).contains(column);
    }

    /** A table headed "Rb." is read with its numbering: the column is not left to the officer to map. */
    @Test
    void aSerbianTableNumberedUnderRbIsRead() throws Exception {
        var csv = "Rb.,Aktivnost,Tematska oblast\r\nSO 1,Prevencija,Prevention\r\nSO 1.1,Svest,\r\nA1.1.1,Kampanja,\r\n";
        var token = workbooks.upload(null, Unique.name("Rb"), 2031, 2033, "plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(preview.columns()).as("no column left to map").isEmpty();
        assertThat(preview.problems()).filteredOn(RowProblem::isError).isEmpty();
        assertThat(preview.comparison().count(org.ariadne.plan.ImportComparison.ChangeKind.NEW,
                org.ariadne.plan.ImportComparison.ElementKind.ACTIVITY)).isEqualTo(1);
    }

    /**
     * "Choose an institution" and "several institutions" name the cell the name is in (D4, D5), not only its row,
     * whether the name is in the lead or the partners' column.
     */
    @Test
    void theInstitutionProblemsNameTheirCell() throws Exception {
        var suffix = Unique.name("").strip();
        institutions.create(InstitutionCommand.named("Ministry of Labour and Social Welfare " + suffix, InstitutionType.MINISTRY));
        var csv = "Code,Title,Thematic area,Lead institution,Partners\r\n"
                + "SO 1,Prevention,Prevention,,\r\n"
                + "SO 1.1,Awareness,,,\r\n"
                + "A1.1.1,Campaign,,Ministy of Labor and Social Welfair " + suffix + ",\r\n"
                + "A1.1.2,Hotline,,,Shelter " + suffix + " and Helpline " + suffix + "\r\n";
        var token = workbooks.upload(null, Unique.name("Cells"), 2031, 2033, "plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(problem(preview, "workbook.problem.choose-institution").cell()).isEqualTo("D4");
        assertThat(problem(preview, "workbook.problem.several-institutions").cell()).isEqualTo("E5");
    }

    /** What an officer says an unrecognised column is, remembered for the next file, is in the audit trail. */
    @Test
    void aRememberedColumnChoiceIsAudited() throws Exception {
        var header = "Kush e zbaton " + Unique.name("").strip();
        var csv = "Code,Title,Thematic area," + header + "\r\nSO 1,Prevention,Prevention,\r\nSO 1.1,Awareness,,\r\n"
                + "A1.1.1,Campaign,,\r\n";
        var token = workbooks.upload(null, Unique.name("Column"), 2031, 2033, "plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        var question = preview.columns().stream().filter(q -> q.header().equals(header)).findFirst().orElseThrow();
        var choices = new PlanWorkbooks.Choices(null, Map.of(question.key(), "IGNORE"));
        workbooks.confirm(token, Map.of(), false, null, choices);

        var entries = jdbc.queryForList("select action, actor, after_state from audit_event where entity_type = ?"
                + " and entity_label = ?", ColumnMappings.AUDIT_TYPE, header);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("CREATED");
            assertThat(entry.get("actor")).isEqualTo("me_officer");
            assertThat(String.valueOf(entry.get("after_state"))).contains("IGNORE").contains(header);
        });
    }

    /** An area added from the import's choice gets the Albanian name the officer gives it, not only the file's. */
    @Test
    void anAreaAddedOnImportIsNamedInAlbanianToo() throws Exception {
        var area = "GENERAL MEASURES " + Unique.name("").strip();
        var csv = "Code,Title,Thematic area\r\nSO 1,General,\"" + area + "\"\r\nSO 1.1,Awareness,\r\nA1.1.1,Campaign,\r\n";
        var token = workbooks.upload(null, Unique.name("Area"), 2031, 2033, "plan.csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        var unknown = preview.unknownAreas().stream().filter(a -> a.name().equals(area)).findFirst().orElseThrow();
        var choices = new PlanWorkbooks.Choices(null, Map.of()).withAreas(Map.of(unknown.key(),
                UnknownArea.Decision.add("Masat e përgjithshme")));
        assertThat(workbooks.preview(token, Map.of(), choices).unknownAreas()).filteredOn(a -> a.name().equals(area))
                .singleElement().satisfies(a -> assertThat(a.decision().nameSq()).isEqualTo("Masat e përgjithshme"));

        var planId = workbooks.confirm(token, Map.of(), false, null, choices).planId();

        assertThat(plans.areas(planId)).filteredOn(a -> a.name().equals(area)).singleElement()
                .extracting(org.ariadne.plan.PlanArea::nameSq).isEqualTo("Masat e përgjithshme");
    }

    private static RowProblem problem(ImportPreview preview, String code) {
        return preview.problems().stream().filter(p -> p.message().getCodes() != null
                && p.message().getCodes()[0].equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among " + preview.problems()));
    }
}
