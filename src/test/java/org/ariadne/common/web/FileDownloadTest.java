package org.ariadne.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.common.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class FileDownloadTest {

    private static final List<String> HEADER = List.of("Institution", "Note");
    private static final List<List<Object>> ROWS = List.of(List.of("Policia e Kosovës", "=HYPERLINK(\"http://x\",\"y\")"),
            List.of("Shelter", "-5"));

    @Test
    void aCsvTableIsSavedUnderItsNameAsUtf8CsvWithEveryFormulaNeutralised() {
        var response = FileDownload.table("csv", "Plani-për-2016", "ignored", HEADER, ROWS);

        assertThat(response.getHeaders().getContentType()).isEqualTo(new MediaType("text", "csv", StandardCharsets.UTF_8));
        var disposition = ContentDisposition.parse(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertThat(disposition.isAttachment()).isTrue();
        assertThat(disposition.getFilename()).isEqualTo("Plani-për-2016.csv");
        var text = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFInstitution,Note").contains("Policia e Kosovës")
                .contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains(",-5");
    }

    @Test
    void anXlsxTableHasItsSheetAndNoFormulaCell() throws IOException {
        var response = FileDownload.table("xlsx", "plans-2026-01-05", "Plans", HEADER, ROWS);

        assertThat(response.getHeaders().getContentType()).isEqualTo(FileDownload.XLSX);
        assertThat(ContentDisposition.parse(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("plans-2026-01-05.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            var sheet = workbook.getSheet("Plans");
            assertThat(sheet).isNotNull();
            var typed = sheet.getRow(1).getCell(1);
            assertThat(typed.getCellType()).isEqualTo(CellType.STRING);
            // kept as typed, marked as text so that no spreadsheet calculates it
            assertThat(typed.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(typed.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aFormatOtherThanCsvOrXlsxIsAPageThatDoesNotExist() {
        assertThatThrownBy(() -> FileDownload.table("exe", "x", "x", HEADER, ROWS))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileBuiltElsewhereGetsTheTypeOfItsExtension() {
        assertThat(FileDownload.file(new byte[] {1}, "users.CSV").getHeaders().getContentType().isCompatibleWith(
                MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(FileDownload.file(new byte[] {1}, "report.pdf", MediaType.APPLICATION_PDF).getHeaders()
                .getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(FileDownload.file(new byte[] {1}, "x.bin").getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_OCTET_STREAM);
    }

    @Test
    void everyDownloadIsAnAttachmentWithAnRfc5987NameThatNoBrowserSniffsOrCaches() {
        var headers = FileDownload.file(new byte[] {1}, "Plani-për-2016.xlsx").getHeaders();

        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''Plani-p%C3%ABr-2016.xlsx");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store").contains("private");
    }

    @Test
    void aStreamedDownloadGetsTheSameHeadersAndIsWrittenToTheResponse() throws IOException {
        var response = new org.springframework.mock.web.MockHttpServletResponse();

        try (var out = FileDownload.stream(response, "audit-trail-2026-12-05.csv", FileDownload.CSV)) {
            out.write("When,Who\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).getFilename())
                .isEqualTo("audit-trail-2026-12-05.csv");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("When,Who\n");
    }

    @Test
    void aTitleMakesAFileNameEverySystemAccepts() {
        assertThat(FileDownload.fileStem("Plan 2015–2019 (demo)", 80)).isEqualTo("Plan-2015-2019-demo");
        assertThat(FileDownload.fileStem("Strategjia kombëtare / 2024", 11)).isEqualTo("Strategjia-");
        assertThat(FileDownload.fileStem(null, 10)).isEmpty();
    }
}
