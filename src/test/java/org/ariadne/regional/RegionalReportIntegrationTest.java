package org.ariadne.regional;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.security.TestSignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regional report (issue 19 item 2) as Word and as PDF with real text, in the reader's language: both participants
 * by name, the criteria and the figures behind them.
 */
@AriadneIntegrationTest
class RegionalReportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Evaluations evaluations;

    RegionalFixture fixture;

    @BeforeEach
    void participants() {
        fixture = new RegionalFixture(jdbc, editing, institutions, schedules, reports, evaluations);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void thePdfPrintsTheParticipantsAndTheCriteriaAsText() throws Exception {
        var pdf = download("/regional/report.pdf");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Regional comparison of the participants").contains(fixture.nameA)
                    .contains(fixture.nameB).contains("Plan costed").contains("Plan evaluated")
                    .contains("1 of 2 activities with a budget").contains("No evaluation of the plan");
        }
    }

    @Test
    void theWordDocumentIsInTheReadersLanguage() throws Exception {
        var docx = download("/regional/report.docx?lang=sq");
        assertThat(docx.getHeader("Content-Disposition")).contains(".docx");
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
                var extractor = new XWPFWordExtractor(document)) {
            var text = extractor.getText();
            assertThat(text).contains("Krahasimi rajonal i pjesëmarrësve").contains(fixture.nameA)
                    .contains(fixture.nameB).contains("Plani i kostuar").contains("Plani i vlerësuar");
        }
    }

    private MockHttpServletResponse download(String address) throws Exception {
        return mvc.perform(get(address).with(as(RegionalFixture.regionalOfficer()))).andExpect(status().isOk())
                .andReturn().getResponse();
    }
}
