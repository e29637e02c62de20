package org.ariadne.reporting.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.reporting.ReportingProperties;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Means of verification attached to an activity: recognised by their content, downloaded back unchanged. */
@AriadneIntegrationTest
class ReportEvidenceIntegrationTest extends ReportPageSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
    /** The shipped limit (ariadne.reporting.max-evidence-bytes), tested as configured rather than lowered. */
    private static final int LIMIT = 10 * 1024 * 1024;

    @Autowired
    ReportingProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfIsAttachedToItsActivityAndDownloadedBackIdentical() throws Exception {
        upload(policeFocalPoint, "list of participants.pdf", PDF)
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        var block = reload(policeFocalPoint, lastUpload).getElementById("e-" + plan.training);
        assertThat(block.selectFirst(".flash.notice").text()).isEqualTo("The file \"list of participants.pdf\" is attached.");
        var link = block.selectFirst(".evidence-files a");
        assertThat(link.text()).isEqualTo("list of participants.pdf");

        var download = mvc.perform(get(link.attr("href")).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
                .andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getHeader("Content-Disposition")).contains("participants.pdf");
        // a reviewer downloads it too
        mvc.perform(get(link.attr("href")).with(TestSignIn.as(person(org.ariadne.security.Role.ME_OFFICER))))
                .andExpect(status().isOk());
    }

    @Test
    void aWebPageRenamedToPdfIsRefusedWithTheReasonNextToTheUploadForm() throws Exception {
        upload(policeFocalPoint, "minutes.pdf", "<html><script>alert(1)</script></html>".getBytes())
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        var block = reload(policeFocalPoint, lastUpload).getElementById("e-" + plan.training);
        assertThat(block.selectFirst(".flash.problem").text()).startsWith("This kind of file is not accepted as evidence.");
        assertThat(block.select(".evidence-files a")).isEmpty();
    }

    @Test
    void anOfficeFileWithMacrosIsRefusedWhateverItsNameInEnglishAndAlbanian() throws Exception {
        var workbook = org.ariadne.common.spreadsheet.Fixtures.simpleXlsx();
        var withVba = org.ariadne.common.spreadsheet.Fixtures.withEntry(workbook, "xl/vbaProject.bin",
                org.ariadne.common.spreadsheet.Fixtures.vbaProject());
        var renamedVba = org.ariadne.common.spreadsheet.Fixtures.withEntry(workbook, "xl/calcData.xml",
                org.ariadne.common.spreadsheet.Fixtures.vbaProject());

        for (var attempt : new Object[][] {{"budget.xlsm", withVba}, {"budget.xlsx", withVba}, {"budget.xlsx", renamedVba},
                {"budget.xlsm", workbook}}) {
            upload(policeFocalPoint, (String) attempt[0], (byte[]) attempt[1], Locale.ENGLISH);
            var block = reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training);
            assertThat(block.selectFirst(".flash.problem").text()).as((String) attempt[0])
                    .startsWith("Office files with macros (such as .xlsm, .docm, .pptm) are not accepted as evidence.");
            assertThat(block.select(".evidence-files a")).isEmpty();
        }

        var albanian = Locale.forLanguageTag("sq");
        upload(policeFocalPoint, "budget.xlsx", withVba, albanian);
        assertThat(reload(policeFocalPoint, lastUpload, albanian).getElementById("e-" + plan.training)
                .selectFirst(".flash.problem").text()).startsWith("Skedarët e Office me makro");

        // the same workbook without its macros is kept
        upload(policeFocalPoint, "budget.xlsx", workbook, Locale.ENGLISH);
        assertThat(reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training)
                .select(".evidence-files a").eachText()).contains("budget.xlsx");
    }

    @Test
    void anOpenDocumentFileWithMacrosIsRefusedAndOneWithoutIsKept() throws Exception {
        var content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                + "<office:body><office:text>List of participants</office:text></office:body></office:document-content>";
        var boundToMacro = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:script=\"urn:oasis:names:tc:opendocument:xmlns:script:1.0\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:scripts><office:event-listeners>"
                + "<script:event-listener script:language=\"ooo:script\" script:event-name=\"dom:load\""
                + " xlink:href=\"vnd.sun.star.script:Standard.Module1.Main?language=Basic&amp;location=application\"/>"
                + "</office:event-listeners></office:scripts><office:body><office:text>Hi</office:text></office:body>"
                + "</office:document-content>";
        var clean = openDocument(java.util.Map.of("content.xml", content));
        var withBasic = openDocument(java.util.Map.of("content.xml", content,
                "Basic/Standard/Module1.xml", "<script:module script:name=\"Module1\">Sub Main\nShell(\"calc\")\nEnd Sub</script:module>"));
        var withScript = openDocument(java.util.Map.of("content.xml", content, "Scripts/python/run.py", "import os"));
        var withEvent = openDocument(java.util.Map.of("content.xml", boundToMacro));

        for (var attempt : java.util.List.of(withBasic, withScript, withEvent)) {
            upload(policeFocalPoint, "participants.odt", attempt, Locale.ENGLISH);
            var block = reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training);
            assertThat(block.selectFirst(".flash.problem").text())
                    .startsWith("Office files with macros (such as .xlsm, .docm, .pptm) are not accepted as evidence.");
            assertThat(block.select(".evidence-files a")).isEmpty();
        }
        upload(policeFocalPoint, "participants.odt", clean, Locale.ENGLISH);
        assertThat(reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training)
                .select(".evidence-files a").eachText()).contains("participants.odt");
    }

    /** An OpenDocument text: its mimetype first and stored, as LibreOffice writes it, then the given parts. */
    private static byte[] openDocument(java.util.Map<String, String> parts) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            var type = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var mimetype = new java.util.zip.ZipEntry("mimetype");
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            var crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (var part : new java.util.TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aFileIsRemovedWhileTheReportCanStillBeChanged() throws Exception {
        upload(policeFocalPoint, "photo.pdf", PDF);
        var link = read(policeFocalPoint).getElementById("e-" + plan.training).selectFirst(".evidence-files a").attr("href");

        remove(link).andExpect(redirectedUrl(policePage() + "#e-" + plan.training));

        assertThat(read(policeFocalPoint).select(".evidence-files a")).isEmpty();
        mvc.perform(get(link).with(TestSignIn.as(policeFocalPoint))).andExpect(status().isNotFound());
    }

    @Test
    void theUploadFormTellsTheBrowserTheLimitSoThatLargeFilesAreStoppedBeforeSending() throws Exception {
        var input = read(policeFocalPoint).getElementById("e-" + plan.training).selectFirst("input[type=file]");

        assertThat(input.attr("data-max-bytes")).isEqualTo(Long.toString(10 * 1024 * 1024));
        assertThat(input.attr("data-too-large")).contains("10 MB");
    }

    @Test
    void aFileOneByteOverTheLimitIsRefusedInTheUsersLanguageAndNothingIsKept() throws Exception {
        assertThat(properties.maxEvidenceBytes()).isEqualTo(LIMIT);
        var filesBefore = storedFiles();

        upload(policeFocalPoint, "scanned register.pdf", pdf(LIMIT + 1), Locale.ENGLISH)
                .andExpect(redirectedUrl(policePage() + "#e-" + plan.training));
        var english = reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training);
        assertThat(english.selectFirst(".flash.problem").text())
                .isEqualTo("The file is too large: evidence files can be at most 10 MB.");
        assertThat(english.select(".evidence-files a")).isEmpty();

        var albanianLocale = Locale.forLanguageTag("sq");
        upload(policeFocalPoint, "scanned register.pdf", pdf(LIMIT + 1), albanianLocale);
        var albanian = reload(policeFocalPoint, lastUpload, albanianLocale).getElementById("e-" + plan.training);
        assertThat(albanian.selectFirst(".flash.problem").text())
                .isEqualTo("Skedari është shumë i madh: skedarët e dëshmive mund të jenë më së shumti 10 MB.");
        assertThat(albanian.select(".evidence-files a")).isEmpty();

        // refused before the report is even started: no report, no evidence row, no file on disk
        assertThat(jdbc.sql("select count(*) from progress_report where period_id = ? and institution_id = ?")
                .params(period.id(), plan.police).query(Long.class).single()).isZero();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void aFileExactlyAtTheLimitIsAttached() throws Exception {
        var filesBefore = storedFiles();
        var content = pdf(LIMIT);

        upload(policeFocalPoint, "scanned register.pdf", content, Locale.ENGLISH);

        var block = reload(policeFocalPoint, lastUpload, Locale.ENGLISH).getElementById("e-" + plan.training);
        assertThat(block.selectFirst(".flash.notice").text()).isEqualTo("The file \"scanned register.pdf\" is attached.");
        var link = block.selectFirst(".evidence-files a");
        assertThat(link.text()).isEqualTo("scanned register.pdf");
        var download = mvc.perform(get(link.attr("href")).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(download).hasSize(LIMIT).isEqualTo(content);
        assertThat(storedFiles()).hasSize(filesBefore.size() + 1);
        // not leaving 10 MB behind in the evidence directory on every run
        remove(link.attr("href")).andExpect(redirectedUrl(policePage() + "#e-" + plan.training));
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    private MvcResult lastUpload;

    private org.springframework.test.web.servlet.ResultActions upload(SignedInUser user, String name, byte[] content)
            throws Exception {
        return upload(user, name, content, Locale.ENGLISH);
    }

    private org.springframework.test.web.servlet.ResultActions upload(SignedInUser user, String name, byte[] content,
            Locale locale) throws Exception {
        var result = mvc.perform(multipart(policePage() + "/evidence")
                .file(new MockMultipartFile("file", name, "application/pdf", content))
                .param("activityId", Long.toString(plan.training)).locale(locale).with(csrf()).with(TestSignIn.as(user)));
        lastUpload = result.andReturn();
        return result;
    }

    /** The page after the redirect, with what the upload left to say. */
    private Document reload(SignedInUser user, MvcResult redirected) throws Exception {
        return reload(user, redirected, Locale.ENGLISH);
    }

    private Document reload(SignedInUser user, MvcResult redirected, Locale locale) throws Exception {
        var html = mvc.perform(get(policePage()).flashAttrs(redirected.getFlashMap()).locale(locale)
                        .with(TestSignIn.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private org.springframework.test.web.servlet.ResultActions remove(String link) throws Exception {
        return mvc.perform(post(link + "/delete").param("periodId", Long.toString(period.id()))
                .param("institutionId", Long.toString(plan.police)).param("activityId", Long.toString(plan.training))
                .with(csrf()).with(TestSignIn.as(policeFocalPoint)));
    }

    /** A PDF (as recognised from its first bytes) of exactly {@code size} bytes. */
    private static byte[] pdf(int size) {
        var content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        System.arraycopy(PDF, 0, content, 0, PDF.length);
        return content;
    }

    /** The files in the evidence directory (tests run one at a time, so a difference is this test's doing). */
    private Set<String> storedFiles() throws IOException {
        Path directory = properties.evidenceDirectory();
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
