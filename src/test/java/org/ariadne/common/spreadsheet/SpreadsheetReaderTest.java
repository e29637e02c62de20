package org.ariadne.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SpreadsheetReaderTest {

    private static final String CYRILLIC = "Ђорђе Љубић, Његош, Ћирило, Џон, Ѓорѓи, Ќе, Ѕвезда";
    private static final String ALBANIAN = "Shqipëri, çështje";
    private static final String SERBIAN_LATIN = "Šđžčć Đorđe";

    /** Fills the same plan-like content into an XLSX or XLS workbook, so both readers are held to one standard. */
    private static void planWorkbook(Workbook wb) {
        var hidden = wb.createSheet("Lists");
        hidden.createRow(0).createCell(0).setCellValue("hidden value");
        wb.setSheetHidden(0, true);
        var sheet = wb.createSheet("Plan");
        var dates = wb.createCellStyle();
        dates.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
        var dateTimes = wb.createCellStyle();
        dateTimes.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm"));

        var header = sheet.createRow(0);
        String[] titles = {"Name", "Year", "Share", "Start", "Meeting", "Done", "Total", "Broken"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        var row = sheet.createRow(1);
        row.createCell(0).setCellValue(CYRILLIC);
        row.createCell(1).setCellValue(2016);
        row.createCell(2).setCellValue(12.5);
        var start = row.createCell(3);
        start.setCellValue(LocalDate.of(2016, 4, 1));
        start.setCellStyle(dates);
        var meeting = row.createCell(4);
        meeting.setCellValue(LocalDateTime.of(2016, 4, 1, 10, 30));
        meeting.setCellStyle(dateTimes);
        row.createCell(5).setCellValue(true);
        row.createCell(6).setCellFormula("SUM(B2:C2)");
        row.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());

        var texts = sheet.createRow(2);
        texts.createCell(0).setCellValue("\u00A0 " + ALBANIAN + "\u00A0");
        texts.createCell(1).setCellValue(SERBIAN_LATIN);
        texts.createCell(2).setCellValue("=1+1"); // typed as text: must stay text, never become a formula
        texts.createCell(3).setCellValue(0.1 + 0.2);

        // Row 4 left blank on purpose. A5:A7 merged, as in "Objective" columns of action plans.
        sheet.createRow(4).createCell(0).setCellValue("Prevention");
        for (int r = 4; r <= 6; r++) {
            var measures = r == 4 ? sheet.getRow(4) : sheet.createRow(r);
            measures.createCell(1).setCellValue("Measure " + (r - 3));
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 6, 0, 0));
        sheet.createRow(11).createCell(3).setCellValue("D12 here");
        // Formatted but empty rows at the end, as Excel leaves them after deleting data: not part of the grid.
        var blankStyle = wb.createCellStyle();
        blankStyle.setWrapText(true);
        sheet.createRow(30).createCell(0).setCellStyle(blankStyle);
        sheet.createRow(31).createCell(2).setCellValue("   ");

        wb.createSheet("Other").createRow(0).createCell(0).setCellValue("other sheet");
    }

    private static void assertPlanGrid(Grid grid, SpreadsheetKind kind) {
        assertThat(grid.kind()).isEqualTo(kind);
        assertThat(grid.sheetName()).isEqualTo("Plan");
        assertThat(grid.sheetNames()).containsExactly("Lists", "Plan", "Other");
        assertThat(grid.rows()).hasSize(12);
        assertThat(grid.rows()).extracting(Row::number).startsWith(1, 2, 3, 4, 5).endsWith(12);

        Row row = grid.rows().get(1);
        assertThat(row.cell(0).kind()).isEqualTo(CellKind.TEXT);
        assertThat(row.cell(0).text()).isEqualTo(CYRILLIC);
        assertThat(row.cell(1).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(row.cell(1).number()).isEqualTo(new BigDecimal("2016"));
        assertThat(row.cell(1).text()).isEqualTo("2016");
        assertThat(row.cell(2).number()).isEqualTo(new BigDecimal("12.5"));
        assertThat(row.cell(3).kind()).isEqualTo(CellKind.DATE);
        assertThat(row.cell(3).value()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(row.cell(3).text()).isEqualTo("2016-04-01");
        assertThat(row.cell(4).value()).isEqualTo(LocalDateTime.of(2016, 4, 1, 10, 30));
        assertThat(row.cell(4).date()).isEqualTo(LocalDate.of(2016, 4, 1));
        assertThat(row.cell(4).text()).isEqualTo("2016-04-01 10:30");
        assertThat(row.cell(5).kind()).isEqualTo(CellKind.BOOLEAN);
        assertThat(row.cell(5).booleanValue()).isTrue();
        assertThat(row.cell(5).text()).isEqualTo("TRUE");
        assertThat(row.cell(6).kind()).isEqualTo(CellKind.FORMULA);
        assertThat(row.cell(6).formula()).isEqualTo("SUM(B2:C2)");
        assertThat(row.cell(6).reference()).isEqualTo("G2");
        assertThat(row.cell(7).kind()).isEqualTo(CellKind.ERROR);
        assertThat(row.cell(7).text()).isEqualTo("#DIV/0!");
        assertThat(row.cell(50).kind()).isEqualTo(CellKind.EMPTY);
        assertThat(row.cell(50).reference()).isEqualTo("AY2");

        Row texts = grid.rows().get(2);
        assertThat(texts.cell(0).text()).isEqualTo(ALBANIAN);
        assertThat(texts.cell(1).text()).isEqualTo(SERBIAN_LATIN);
        assertThat(texts.cell(2).kind()).isEqualTo(CellKind.TEXT);
        assertThat(texts.cell(2).text()).isEqualTo("=1+1");
        assertThat(texts.cell(3).number()).isEqualTo(new BigDecimal("0.3"));

        assertThat(grid.rows().get(3).isBlank()).isTrue();
        for (int r = 5; r <= 7; r++) {
            Cell merged = grid.row(r).cell(0);
            assertThat(merged.text()).as("A%d", r).isEqualTo("Prevention");
            assertThat(merged.mergedFrom()).as("A%d", r).isEqualTo("A5");
            assertThat(grid.row(r).cell(1).text()).isEqualTo("Measure " + (r - 4));
            assertThat(grid.row(r).cell(1).isMerged()).isFalse();
        }
        Cell d12 = grid.row(12).cell(3);
        assertThat(d12.reference()).isEqualTo("D12");
        assertThat(d12.rowNumber()).isEqualTo(12);
        assertThat(d12.text()).isEqualTo("D12 here");
        assertThat(grid.rows()).flatExtracting(Row::cells).extracting(Cell::text).doesNotContain("hidden value");
    }

    @Nested
    class Xlsx {

        @Test
        void readsTypesUnicodeMergedCellsAndFormulasOfTheFirstVisibleSheet() throws Exception {
            byte[] file = Fixtures.xlsx(SpreadsheetReaderTest::planWorkbook);

            Grid grid = SpreadsheetReader.read(file, "plan.xlsx");

            assertPlanGrid(grid, SpreadsheetKind.XLSX);
            assertThat(grid.rows().get(1).cell(6).cachedKind()).isEqualTo(CellKind.EMPTY);
        }

        @Test
        void keepsTheCachedValueOfAFormulaWithoutEvaluatingIt() throws Exception {
            byte[] file = Fixtures.xlsx(wb -> {
                var row = wb.createSheet("S").createRow(0);
                row.createCell(0).setCellValue(1);
                row.createCell(1).setCellFormula("A1*1000");
            });
            // Excel stores the last computed value next to the formula; put in a value the formula cannot give,
            // which proves we report what the file says and never compute anything ourselves.
            byte[] withCache = Fixtures.rewriteEntry(file, "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("<f>A1\\*1000</f>(<v></v>|<v/>)?", "<f>A1*1000</f><v>42.5</v>"));

            Cell cell = SpreadsheetReader.read(withCache, "f.xlsx").row(1).cell(1);

            assertThat(cell.kind()).isEqualTo(CellKind.FORMULA);
            assertThat(cell.formula()).isEqualTo("A1*1000");
            assertThat(cell.cachedKind()).isEqualTo(CellKind.NUMBER);
            assertThat(cell.number()).isEqualTo(new BigDecimal("42.5"));
            assertThat(cell.text()).isEqualTo("42.5");
        }

        @Test
        void readsTheNamedSheetIgnoringCaseAndRefusesAnUnknownOne() throws Exception {
            byte[] file = Fixtures.xlsx(SpreadsheetReaderTest::planWorkbook);

            Grid other = SpreadsheetReader.read(file, "plan.xlsx", ReadLimits.defaults().withSheetName(" other "));
            assertThat(other.sheetName()).isEqualTo("Other");
            assertThat(other.row(1).cell(0).text()).isEqualTo("other sheet");

            Grid hidden = SpreadsheetReader.read(file, "plan.xlsx", ReadLimits.defaults().withSheetName("Lists"));
            assertThat(hidden.row(1).cell(0).text()).isEqualTo("hidden value");

            assertRefused(file, ReadLimits.defaults().withSheetName("Budget"), Reason.SHEET_NOT_FOUND);
        }

        @Test
        void readsInlineStringsAndRowsWithoutReferences() throws Exception {
            // Some generators omit r="..." and write inline strings with OOXML escapes; Excel accepts both.
            byte[] file = Fixtures.rewriteEntry(Fixtures.simpleXlsx(), "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("<sheetData>.*</sheetData>", "<sheetData>"
                            + "<row><c t=\"inlineStr\"><is><t>Line_x000D_</t></is></c><c><v>7</v></c></row>"
                            + "<row><c t=\"inlineStr\"><is><r><t>rich </t></r><r><t>text</t></r></is></c></row>"
                            + "</sheetData>"));

            Grid grid = SpreadsheetReader.read(file, "x.xlsx");

            assertThat(grid.row(1).cell(0).text()).isEqualTo("Line");
            assertThat(grid.row(1).cell(1).number()).isEqualTo(new BigDecimal("7"));
            assertThat(grid.row(1).cell(1).reference()).isEqualTo("B1");
            assertThat(grid.row(2).cell(0).text()).isEqualTo("rich text");
        }

        @Test
        void readsStreamedXlsxWithZip64DataDescriptors() throws Exception {
            // Exports of other Java systems are often written by POI's SXSSF, whose zip layout the JDK 17 zip
            // stream cannot read; such files are valid and must be accepted.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
                var row = wb.createSheet("Export").createRow(0);
                row.createCell(0).setCellValue("Streamed");
                row.createCell(1).setCellValue(3);
                wb.write(out);
            }

            Grid grid = SpreadsheetReader.read(out.toByteArray(), "export.xlsx");

            assertThat(grid.row(1).cell(0).text()).isEqualTo("Streamed");
            assertThat(grid.row(1).cell(1).number()).isEqualTo(new BigDecimal("3"));
        }

        @Test
        void refusesTooManyRowsAndTooManyColumns() {
            byte[] rows = Fixtures.xlsx(wb -> {
                var sheet = wb.createSheet("S");
                for (int r = 0; r < 150; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(r);
                }
            });
            assertRefused(rows, ReadLimits.defaults().withMaxRows(100), Reason.TOO_MANY_ROWS);

            byte[] columns = Fixtures.xlsx(wb -> wb.createSheet("S").createRow(0).createCell(200).setCellValue("x"));
            assertRefused(columns, ReadLimits.defaults(), Reason.TOO_MANY_ROWS);
        }

        @Test
        void aMergedRegionOverAWholeColumnDoesNotInventRows() throws Exception {
            byte[] file = Fixtures.xlsx(wb -> {
                var sheet = wb.createSheet("S");
                sheet.createRow(0).createCell(0).setCellValue("Title");
                sheet.createRow(1).createCell(1).setCellValue("data");
                sheet.addMergedRegion(new CellRangeAddress(0, 1_048_575, 0, 0));
            });

            Grid grid = SpreadsheetReader.read(file, "x.xlsx");

            assertThat(grid.rows()).hasSize(2);
            assertThat(grid.row(2).cell(0).text()).isEqualTo("Title");
            assertThat(grid.row(2).cell(0).mergedFrom()).isEqualTo("A1");
        }
    }

    @Nested
    class Xls {

        @Test
        void readsTheSameContentAsXlsx() throws Exception {
            byte[] file = Fixtures.xls(SpreadsheetReaderTest::planWorkbook);

            Grid grid = SpreadsheetReader.read(file, "plan.xls");

            assertPlanGrid(grid, SpreadsheetKind.XLS);
        }

        @Test
        void isDetectedByContentWhateverTheName() throws Exception {
            byte[] file = Fixtures.xls(wb -> wb.createSheet("S").createRow(0).createCell(0).setCellValue("x"));

            assertThat(SpreadsheetReader.read(file, "renamed.xlsx").kind()).isEqualTo(SpreadsheetKind.XLS);
        }

        @Test
        void refusesAPasswordProtectedXls() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Biff8EncryptionKey.setCurrentUserPassword("Secret-2024");
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                wb.createSheet("S").createRow(0).createCell(0).setCellValue("confidential");
                wb.write(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }

            assertRefused(out.toByteArray(), ReadLimits.defaults(), Reason.PASSWORD_PROTECTED);
        }
    }

    @Nested
    class HostileFiles {

        @Test
        void refusesAPasswordProtectedXlsx() throws Exception {
            byte[] plain = Fixtures.simpleXlsx();
            POIFSFileSystem fs = new POIFSFileSystem();
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("Secret-2024");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            fs.close();

            assertRefused(out.toByteArray(), "budget.xlsx", Reason.PASSWORD_PROTECTED);
        }

        @Test
        void refusesAZipBombQuickly() {
            byte[] bomb = Fixtures.withZeroEntry(Fixtures.simpleXlsx(), "customXml/item1.xml", 200L * 1024 * 1024);
            assertThat(bomb.length).isLessThan(1024 * 1024);

            long start = System.nanoTime();
            assertRefused(bomb, "bomb.xlsx", Reason.ZIP_BOMB);
            assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(2_000);
        }

        @Test
        void refusesTooMuchUncompressedDataAndTooManyEntries() {
            assertRefused(Fixtures.simpleXlsx(), ReadLimits.defaults().withMaxUncompressedBytes(2_000),
                    Reason.ZIP_BOMB);

            Map<String, byte[]> entries = new LinkedHashMap<>(Fixtures.unzip(Fixtures.simpleXlsx()));
            for (int i = 0; i < 1_001; i++) {
                entries.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
            }
            assertRefused(Fixtures.zip(entries), "many.xlsx", Reason.ZIP_BOMB);
        }

        @Test
        void refusesXmlExternalEntities() {
            byte[] xxe = Fixtures.rewriteEntry(Fixtures.simpleXlsx(), "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                            .replace("Victims identified", "&xxe;"));

            assertRefused(xxe, "xxe.xlsx", Reason.XML_ENTITIES);
        }

        @Test
        void refusesXmlEntitiesHiddenInUtf16() {
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!doctype r [<!entity x \"y\">]><r>&x;</r>";
            byte[] utf16 = Fixtures.withEntry(Fixtures.simpleXlsx(), "xl/custom.xml",
                    xml.getBytes(StandardCharsets.UTF_16));

            assertRefused(utf16, "xxe16.xlsx", Reason.XML_ENTITIES);
        }

        @Test
        void refusesMacroEnabledWorkbooks() {
            byte[] xlsm = Fixtures.xlsx(wb -> {
                wb.setWorkbookType(XSSFWorkbookType.XLSM);
                wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            });
            assertRefused(xlsm, "report.xlsx", Reason.MACROS);

            byte[] vba = Fixtures.withEntry(Fixtures.simpleXlsx(), "xl/vbaProject.bin", new byte[] {1, 2, 3});
            assertRefused(vba, "report.xlsx", Reason.MACROS);
        }

        @Test
        void refusesAMacroDeclaredAfterTheFirstMibOfContentTypesUnderAnotherName() {
            byte[] hidden = Fixtures.macroDeclaredAfterTheFirstMib(Fixtures.simpleXlsx(), "xl", new byte[] {1, 2, 3});

            assertRefused(hidden, "plan.xlsx", Reason.MACROS);
        }

        @Test
        void refusesAVbaProjectUnderAnyNameEvenUndeclared() {
            byte[] renamed = Fixtures.withEntry(Fixtures.simpleXlsx(), "xl/calcData.xml", Fixtures.vbaProject());
            assertRefused(renamed, "plan.xlsx", Reason.MACROS);

            byte[] related = Fixtures.rewriteEntry(Fixtures.simpleXlsx(), "xl/_rels/workbook.xml.rels",
                    rels -> rels.replace("</Relationships>", "<Relationship Id=\"rIdX\" Type=\"http://schemas.microsoft"
                            + ".com/office/2006/relationships/vbaProject\" Target=\"data.dat\"/></Relationships>"));
            assertRefused(related, "plan.xlsx", Reason.MACROS);
        }

        @Test
        void refusesActiveXControlsAndExcel4MacroSheets() {
            byte[] activeX = Fixtures.withEntry(Fixtures.simpleXlsx(), "xl/activeX/activeX1.xml", "<ax/>".getBytes());
            assertRefused(activeX, "plan.xlsx", Reason.MACROS);

            byte[] macroSheet = Fixtures.rewriteEntry(Fixtures.simpleXlsx(), "[Content_Types].xml",
                    xml -> xml.replace("</Types>", "<Override PartName=\"/xl/sheet9.xml\" ContentType=\"application/vnd"
                            + ".ms-excel.macrosheet+xml\"/></Types>"));
            assertRefused(macroSheet, "plan.xlsx", Reason.MACROS);
        }

        @Test
        void acceptsAWorkbookWithLargeContentTypesAndPrinterSettings() throws Exception {
            var random = new java.util.Random(3);
            var padding = new StringBuilder("<!-- ");
            while (padding.length() < 1_200_000) {
                padding.append((char) ('a' + random.nextInt(26)));
            }
            byte[] large = Fixtures.rewriteEntry(Fixtures.simpleXlsx(), "[Content_Types].xml",
                    xml -> xml.replace("<Types", padding + " --><Types").replace("</Types>", "<Default Extension=\"bin\" "
                            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings\"/></Types>"));
            byte[] printer = Fixtures.withEntry(large, "xl/printerSettings/printerSettings1.bin", new byte[] {1, 0, 2, 0});

            assertThat(SpreadsheetReader.read(printer, "plan.xlsx").isEmpty()).isFalse();
        }

        @Test
        void refusesFilesThatAreNotSpreadsheetsWhateverTheirName() {
            byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
            assertRefused(pdf, "plan.xlsx", Reason.NOT_A_SPREADSHEET);

            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0};
            assertRefused(png, "plan.xlsx", Reason.NOT_A_SPREADSHEET);

            Map<String, byte[]> docx = new LinkedHashMap<>();
            docx.put("[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>").getBytes(StandardCharsets.UTF_8));
            docx.put("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            assertRefused(Fixtures.zip(docx), "plan.xlsx", Reason.NOT_A_SPREADSHEET);

            assertRefused(Fixtures.zip(Map.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))),
                    "plan.xlsx", Reason.NOT_A_SPREADSHEET);

            byte[] html = "<html><body><table><tr><td>1</td></tr></table></body></html>"
                    .getBytes(StandardCharsets.US_ASCII);
            assertRefused(html, "report.xls", Reason.NOT_A_SPREADSHEET);

            byte[] random = new byte[4096];
            new Random(42).nextBytes(random);
            assertRefused(random, "plan.xlsx", Reason.NOT_A_SPREADSHEET);

            byte[] randomWithoutNul = new byte[4096];
            Random rnd = new Random(7);
            for (int i = 0; i < randomWithoutNul.length; i++) {
                randomWithoutNul[i] = (byte) (1 + rnd.nextInt(255));
            }
            assertRefused(randomWithoutNul, "plan.csv", Reason.NOT_A_SPREADSHEET);
        }

        @Test
        void ourZipInspectionRefusesBombsBeforePoiSeesThem() {
            // POI has its own guard; calling the inspector directly proves ours works without relying on POI's.
            byte[] bomb = Fixtures.withZeroEntry(Fixtures.simpleXlsx(), "customXml/item1.xml", 200L * 1024 * 1024);
            assertThatThrownBy(() -> ZipInspector.inspect(bomb, ReadLimits.defaults()))
                    .isInstanceOfSatisfying(SpreadsheetRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB));

            // Highly compressible but small parts are normal (styles, empty sheets): the ratio rule starts at 1 MB.
            byte[] small = Fixtures.withZeroEntry(Fixtures.simpleXlsx(), "customXml/item1.xml", 900L * 1024);
            org.assertj.core.api.Assertions.assertThatCode(() -> ZipInspector.inspect(small, ReadLimits.defaults()))
                    .doesNotThrowAnyException();

            // Total size counts what really inflates, across entries.
            byte[] plain = Fixtures.withZeroEntry(Fixtures.simpleXlsx(), "customXml/item1.xml", 900L * 1024);
            assertThatThrownBy(() -> ZipInspector.inspect(plain,
                    ReadLimits.defaults().withMaxUncompressedBytes(800L * 1024)))
                    .isInstanceOfSatisfying(SpreadsheetRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB));

            Map<String, byte[]> entries = new LinkedHashMap<>(Fixtures.unzip(Fixtures.simpleXlsx()));
            for (int i = 0; i < 1_001; i++) {
                entries.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
            }
            byte[] many = Fixtures.zip(entries);
            assertThatThrownBy(() -> ZipInspector.inspect(many, ReadLimits.defaults()))
                    .isInstanceOfSatisfying(SpreadsheetRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB));
        }

        @Test
        void refusesADamagedXlsxWithoutLeakingALibraryException() {
            byte[] xlsx = Fixtures.simpleXlsx();
            byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);

            SpreadsheetRefusedException refused = refusal(truncated, ReadLimits.defaults());
            assertThat(refused.reason()).isIn(Reason.CORRUPT, Reason.NOT_A_SPREADSHEET);

            byte[] badSharedString = Fixtures.rewriteEntry(xlsx, "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("<v>0</v>", "<v>99999</v>"));
            assertRefused(badSharedString, "x.xlsx", Reason.CORRUPT);
        }

        @Test
        void refusesEmptyAndTooLargeContent() {
            assertRefused(new byte[0], "a.csv", Reason.EMPTY);
            assertRefused(null, "a.csv", Reason.EMPTY);
            assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a.csv", Reason.EMPTY);
            assertRefused(" \r\n\t \n".getBytes(StandardCharsets.US_ASCII), "a.csv", Reason.EMPTY);

            byte[] large = new byte[11 * 1024 * 1024];
            Arrays.fill(large, (byte) 'a');
            SpreadsheetRefusedException refused = refusal(large, ReadLimits.defaults());
            assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(refused.messageArgs()).containsExactly(10L);
        }
    }

    @Nested
    class Csv {

        @Test
        void readsUtf8WithBomSemicolonsAndQuotedMultilineCells() throws Exception {
            String csv = "\uFEFFCode;Measure;Responsible\r\n"
                    + "1.1;\"Train police;\r\nlabour inspectors\";\"" + CYRILLIC + "\"\r\n"
                    + "\r\n"
                    + "1.2;\u00A0" + ALBANIAN + " ;\"He said \"\"no\"\"\"\r\n"
                    + "1.3;'=1+1;" + SERBIAN_LATIN + "\r\n"
                    + "\r\n\r\n";

            Grid grid = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8), "plan 2024.csv");

            assertThat(grid.kind()).isEqualTo(SpreadsheetKind.CSV);
            assertThat(grid.sheetName()).isEqualTo("plan 2024");
            assertThat(grid.sheetNames()).containsExactly("plan 2024");
            assertThat(grid.rows()).hasSize(5);
            assertThat(grid.row(1).cell(0).text()).isEqualTo("Code"); // BOM gone
            assertThat(grid.row(2).cell(1).text()).isEqualTo("Train police;\r\nlabour inspectors");
            assertThat(grid.row(2).cell(2).text()).isEqualTo(CYRILLIC);
            assertThat(grid.row(2).cell(2).reference()).isEqualTo("C2");
            assertThat(grid.row(3).isBlank()).isTrue();
            assertThat(grid.row(4).cell(1).text()).isEqualTo(ALBANIAN);
            assertThat(grid.row(4).cell(2).text()).isEqualTo("He said \"no\"");
            assertThat(grid.row(5).cell(1).text()).isEqualTo("=1+1"); // our export's apostrophe removed
            assertThat(grid.row(5).cell(1).kind()).isEqualTo(CellKind.TEXT);
            assertThat(grid.row(5).cell(2).text()).isEqualTo(SERBIAN_LATIN);
            assertThat(grid.row(1).cell(0).kind()).isEqualTo(CellKind.TEXT);
        }

        @Test
        void detectsCommaAndTabDelimitersAndExcelsSepLine() throws Exception {
            Grid comma = SpreadsheetReader.read("a,b;c\n1,2".getBytes(StandardCharsets.UTF_8), "x.csv");
            assertThat(comma.row(1).cell(1).text()).isEqualTo("b;c");

            Grid tab = SpreadsheetReader.read("a\tb, c\td\n1\t2".getBytes(StandardCharsets.UTF_8), "x.txt");
            assertThat(tab.row(1).cell(1).text()).isEqualTo("b, c");

            Grid sep = SpreadsheetReader.read("sep=;\r\na,b;c\r\n".getBytes(StandardCharsets.UTF_8), "x.csv");
            assertThat(sep.row(1).cell(0).text()).isEqualTo("a,b");
            assertThat(sep.row(1).cell(1).text()).isEqualTo("c");
        }

        @Test
        void readsATinyFile() throws Exception {
            Grid grid = SpreadsheetReader.read("x".getBytes(StandardCharsets.UTF_8), "x.csv");
            assertThat(grid.rows()).hasSize(1);
            assertThat(grid.row(1).cell(0).text()).isEqualTo("x");
        }

        @Test
        void refusesWindows1250AndUtf16Text() {
            byte[] cp1250 = "Šifra;Mera\r\nčćžšđ;1\r\n".getBytes(Charset.forName("windows-1250"));
            SpreadsheetRefusedException refused = refusal(cp1250, ReadLimits.defaults());
            assertThat(refused.reason()).isEqualTo(Reason.NOT_UTF8);
            assertThat(refused.messageKey()).isEqualTo("spreadsheet.refused.not-utf8");

            assertRefused("Code\tName\r\n1\tŠ\r\n".getBytes(StandardCharsets.UTF_16LE), "x.txt", Reason.NOT_UTF8);
        }

        @Test
        void refusesBinaryWithNulBytes() {
            byte[] bytes = "Code;Name\r\n1;ab\0\0cd\r\n".getBytes(StandardCharsets.UTF_8);
            assertRefused(bytes, "x.csv", Reason.NOT_A_SPREADSHEET);
        }

        @Test
        void refusesAnUnclosedQuoteWithItsLine() {
            byte[] bytes = "a;b\n1;2\n3;\"never closed\n4;5\n".getBytes(StandardCharsets.UTF_8);
            SpreadsheetRefusedException refused = refusal(bytes, ReadLimits.defaults());
            assertThat(refused.reason()).isEqualTo(Reason.CSV_MALFORMED);
            assertThat(refused.messageArgs()).hasSize(1);
        }

        @Test
        void refuses25000Rows() {
            StringBuilder csv = new StringBuilder("Code,Value\n");
            for (int i = 1; i < 25_000; i++) {
                csv.append(i).append(",x\n");
            }
            SpreadsheetRefusedException refused = refusal(csv.toString().getBytes(StandardCharsets.UTF_8),
                    ReadLimits.defaults());
            assertThat(refused.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
            assertThat(refused.messageArgs()).containsExactly(20_000, 200);
        }

        @Test
        void acceptsExactlyTheRowLimit() throws Exception {
            StringBuilder csv = new StringBuilder();
            for (int i = 1; i <= 20_000; i++) {
                csv.append(i).append('\n');
            }
            csv.append("\n\n"); // trailing blank rows do not count
            Grid grid = SpreadsheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), "x.csv");
            assertThat(grid.rows()).hasSize(20_000);
        }
    }

    static void assertRefused(byte[] content, String fileName, Reason reason) {
        assertThatThrownBy(() -> SpreadsheetReader.read(content, fileName))
                .isInstanceOfSatisfying(SpreadsheetRefusedException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
    }

    static void assertRefused(byte[] content, ReadLimits limits, Reason reason) {
        assertThat(refusal(content, limits).reason()).isEqualTo(reason);
    }

    static SpreadsheetRefusedException refusal(byte[] content, ReadLimits limits) {
        try {
            Grid grid = SpreadsheetReader.read(content, "upload", limits);
            throw new AssertionError("Expected a refusal but read " + grid);
        } catch (SpreadsheetRefusedException e) {
            return e;
        }
    }
}
