package org.ariadne.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SafeSpreadsheetWriterTest {

    private static final List<String> TRICKY = Arrays.asList("=1+1", "+381 11 123", "-5", "+3.5", "-0,25", "- bullet",
            "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")", "'=already", "''=twice", "'-5", "'", "''", "'plain",
            "\t=tab", "\r=cr", "-", "+", "=", "@", "", null, "plain text", "Ђорђе", "1e5", "-1E+5", "--5", "-5-");

    @Test
    void neutralisesFormulaStartsButNotPlainNumbers() {
        assertThat(SafeSpreadsheetWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeSpreadsheetWriter.neutralise("+381 11 123")).isEqualTo("'+381 11 123");
        assertThat(SafeSpreadsheetWriter.neutralise("- bullet")).isEqualTo("'- bullet");
        assertThat(SafeSpreadsheetWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeSpreadsheetWriter.neutralise("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SafeSpreadsheetWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SafeSpreadsheetWriter.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SafeSpreadsheetWriter.neutralise("'=already")).isEqualTo("''=already");
        assertThat(SafeSpreadsheetWriter.neutralise("-5")).isEqualTo("-5");
        assertThat(SafeSpreadsheetWriter.neutralise("+3.5")).isEqualTo("+3.5");
        assertThat(SafeSpreadsheetWriter.neutralise("'plain")).isEqualTo("'plain");
        assertThat(SafeSpreadsheetWriter.neutralise("")).isEmpty();
        assertThat(SafeSpreadsheetWriter.neutralise(null)).isNull();
        assertThat(SafeSpreadsheetWriter.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(SafeSpreadsheetWriter.restore("'plain")).isEqualTo("'plain");
    }

    @Test
    void restoreUndoesNeutraliseForEveryString() {
        List<String> samples = new ArrayList<>(TRICKY);
        // Property-style: many random strings over the characters that matter, with a fixed seed to be repeatable.
        char[] alphabet = {'=', '+', '-', '@', '\t', '\r', '\'', '1', '5', '.', ',', 'e', 'E', ' ', 'a', '"', 'ђ'};
        Random random = new Random(20_240_601);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(7)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            samples.add(new String(chars));
        }
        for (String s : samples) {
            String neutral = SafeSpreadsheetWriter.neutralise(s);
            assertThat(SafeSpreadsheetWriter.restore(neutral)).as("restore(neutralise(%s))", s).isEqualTo(s);
            if (neutral != null && !neutral.isEmpty()) {
                char first = neutral.charAt(0);
                boolean formulaStart = "=+-@\t\r".indexOf(first) >= 0;
                assertThat(!formulaStart || neutral.matches("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?"))
                        .as("%s is safe to open", neutral).isTrue();
            }
        }
    }

    @Test
    void xlsxExportReadsBackAsTheSameTypedValuesAndHoldsNoFormula() throws Exception {
        List<String> texts = List.of("=1+1", "+381 11 123", "- bullet", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")",
                "'=already", "Ђорђе Љубић", "Shqipëri çka", "šđžčć", "two\nlines");
        byte[] bytes;
        try (SafeXlsxWriter xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet("Indicators: 2024/25").header("Text", "Amount", "Year", "Date", "Meeting", "Done", "Empty");
            for (String text : texts) {
                xlsx.row(text, new BigDecimal("-12.50"), 2016, LocalDate.of(2016, 4, 1),
                        LocalDateTime.of(2016, 4, 1, 10, 30), Boolean.TRUE, null);
            }
            bytes = xlsx.toBytes();
        }

        Grid grid = SpreadsheetReader.read(bytes, "export.xlsx");

        assertThat(grid.kind()).isEqualTo(SpreadsheetKind.XLSX);
        assertThat(grid.sheetName()).isEqualTo("Indicators 2024 25");
        assertThat(grid.row(1).cells()).extracting(Cell::text)
                .containsExactly("Text", "Amount", "Year", "Date", "Meeting", "Done", "Empty");
        assertThat(grid.rows()).hasSize(texts.size() + 1);
        for (int i = 0; i < texts.size(); i++) {
            Row row = grid.row(i + 2);
            assertThat(row.cell(0).kind()).isEqualTo(CellKind.TEXT);
            assertThat(row.cell(0).text()).isEqualTo(texts.get(i));
            assertThat(row.cell(1).value()).isEqualTo(new BigDecimal("-12.5"));
            assertThat(row.cell(2).value()).isEqualTo(new BigDecimal("2016"));
            assertThat(row.cell(3).value()).isEqualTo(LocalDate.of(2016, 4, 1));
            assertThat(row.cell(4).value()).isEqualTo(LocalDateTime.of(2016, 4, 1, 10, 30));
            assertThat(row.cell(5).value()).isEqualTo(Boolean.TRUE);
            assertThat(row.cell(6).kind()).isEqualTo(CellKind.EMPTY);
        }
        assertThat(grid.rows()).flatExtracting(Row::cells).extracting(Cell::kind).doesNotContain(CellKind.FORMULA);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            var formulaLike = sheet.getRow(1).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(7).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(8 * 256);
        }
    }

    @Test
    void csvExportStartsWithABomAndRoundTripsThroughTheReader() throws Exception {
        List<String> texts = List.of("=1+1", "+381 11 123", "-5", "- bullet", "@SUM(A1)",
                "=HYPERLINK(\"http://x\",\"y\")", "'=already", "Ђорђе, Љубић", "Shqipëri; çka", "two\nlines",
                "He said \"no\"");
        SafeCsvWriter csv = SafeSpreadsheetWriter.csv();
        csv.header("Text", "Amount", "Date", "Done", "Empty");
        for (String text : texts) {
            csv.row(text, new BigDecimal("1234.50"), LocalDate.of(2016, 4, 1), false, null);
        }
        byte[] bytes = csv.toBytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String content = new String(bytes, StandardCharsets.UTF_8);
        assertThat(content).contains("\r\n'=1+1,1234.50,2016-04-01,FALSE,\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .contains("\r\n-5,")
                .doesNotContain("\r\n=").doesNotContain(",=").doesNotContain("\r\n@").doesNotContain("\r\n+");

        Grid grid = SpreadsheetReader.read(bytes, "export.csv");

        assertThat(grid.kind()).isEqualTo(SpreadsheetKind.CSV);
        assertThat(grid.row(1).cell(0).text()).isEqualTo("Text");
        for (int i = 0; i < texts.size(); i++) {
            Row row = grid.row(i + 2);
            assertThat(row.cell(0).text()).isEqualTo(texts.get(i));
            assertThat(row.cell(1).text()).isEqualTo("1234.50");
            assertThat(row.cell(2).text()).isEqualTo("2016-04-01");
            assertThat(row.cell(3).text()).isEqualTo("FALSE");
            assertThat(row.cell(4).isEmpty()).isTrue();
        }
        assertThat(grid.rows()).hasSize(texts.size() + 1);
    }
}
