package org.ariadne.common.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an XLSX export where every value is typed and no cell can ever be a formula: strings are always string
 * cells (this class never calls {@code setCellFormula}), and strings starting with a formula character also get the
 * "quote prefix" style so that editing the cell in Excel does not turn it into a formula either.
 *
 * <p>Usage: {@code try (var x = SafeSpreadsheetWriter.xlsx()) { x.sheet("Indicators").header("Code", "Value");
 * x.row("1.1", new BigDecimal("12.5")); return x.toBytes(); }}. Rows are streamed (only a window is kept in
 * memory), so large exports are fine. Not thread-safe.
 */
public final class SafeXlsxWriter implements AutoCloseable {

    /** Excel refuses longer cell text. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle headerStyle;
    private final CellStyle quotedTextStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final Set<String> sheetNames = new HashSet<>();
    private SXSSFSheet sheet;
    private int nextRow;
    private int headerColumns;
    private int[] widths = new int[0];
    private boolean finished;

    SafeXlsxWriter() {
        workbook.setCompressTempFiles(true);
        // By default SXSSF streams entries with ZIP64 data descriptors, which java.util.zip (JDK 17) and several
        // other readers reject; an export never comes near the 4 GB that would need ZIP64.
        workbook.setZip64Mode(Zip64Mode.Never);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        quotedTextStyle = workbook.createCellStyle();
        quotedTextStyle.setQuotePrefixed(true);
        DataFormat formats = workbook.createDataFormat();
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(formats.getFormat("yyyy-mm-dd hh:mm"));
    }

    /**
     * Starts a new sheet. The name is made valid for Excel (no {@code / \ ? * [ ] :}, at most 31 characters) and
     * unique. Calling {@link #header} or {@link #row} without a sheet starts one named "Sheet1".
     */
    public SafeXlsxWriter sheet(String name) {
        checkOpen();
        finishSheet();
        // Characters Excel forbids become spaces; collapse them so "Plan: 2024/25" reads "Plan 2024 25".
        String safe = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name.strip())
                .replaceAll(" {2,}", " ").strip();
        if (safe.isEmpty()) {
            safe = "Sheet1";
        }
        String unique = safe;
        for (int n = 2; sheetNames.contains(unique.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase(Locale.ROOT));
        sheet = workbook.createSheet(unique);
        nextRow = 0;
        headerColumns = 0;
        widths = new int[0];
        return this;
    }

    /** Writes the header row: bold, frozen while scrolling, with filter buttons. Must come before any row. */
    public SafeXlsxWriter header(String... titles) {
        return header(Arrays.asList(titles));
    }

    /** As {@link #header(String...)}. */
    public SafeXlsxWriter header(List<String> titles) {
        ensureSheet();
        if (nextRow != 0) {
            throw new IllegalStateException("The header must be the first row of a sheet");
        }
        var row = sheet.createRow(nextRow++);
        for (int c = 0; c < titles.size(); c++) {
            var cell = row.createCell(c);
            String title = titles.get(c) == null ? "" : clip(titles.get(c));
            cell.setCellValue(title);
            cell.setCellStyle(headerStyle);
            // +2 leaves room for the filter drop-down button
            track(c, longestLine(title) + 2);
        }
        headerColumns = titles.size();
        sheet.createFreezePane(0, 1);
        return this;
    }

    /**
     * Writes one row of typed values: String (always a string cell), BigDecimal and other Numbers (numeric),
     * LocalDate ({@code yyyy-mm-dd}), LocalDateTime ({@code yyyy-mm-dd hh:mm}), Boolean, {@code null} (blank);
     * anything else is written as its {@code toString()} text.
     */
    public SafeXlsxWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** As {@link #row(Object...)}. */
    public SafeXlsxWriter row(List<?> values) {
        ensureSheet();
        var row = sheet.createRow(nextRow++);
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                track(c, decimal.toPlainString().length());
            } else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
                cell.setCellValue(number.doubleValue());
                track(c, number.toString().length());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
                track(c, 10);
            } else if (value instanceof LocalDateTime dateTime) {
                cell.setCellValue(dateTime);
                cell.setCellStyle(dateTimeStyle);
                track(c, 16);
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
                track(c, 5);
            } else {
                String text = clip(value.toString());
                // The cell is a string cell whatever its content. Only text the reader would alter on import
                // (it starts with an apostrophe it would strip) gets one more apostrophe, keeping round trips exact.
                String stored = SafeSpreadsheetWriter.restore(text).equals(text) ? text
                        : SafeSpreadsheetWriter.neutralise(text);
                cell.setCellValue(stored);
                if (startsLikeFormula(stored)) {
                    cell.setCellStyle(quotedTextStyle);
                }
                track(c, longestLine(stored));
            }
        }
        return this;
    }

    /** Finishes the workbook and returns it as XLSX bytes. The writer cannot be used afterwards. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Finishes the workbook and writes it to {@code out} (not closed). The writer cannot be used afterwards. */
    public void writeTo(OutputStream out) {
        checkOpen();
        ensureSheet();
        finishSheet();
        finished = true;
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write XLSX export", e);
        }
    }

    /** Releases the workbook and deletes the temporary files SXSSF streams rows into. */
    @Override
    public void close() {
        finished = true;
        try {
            // Since POI 5.3 close() also deletes SXSSF's temporary files (dispose() is deprecated for that reason).
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close XLSX export", e);
        }
    }

    private static boolean startsLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void ensureSheet() {
        checkOpen();
        if (sheet == null) {
            sheet("Sheet1");
        }
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("This XLSX export is already written or closed");
        }
    }

    /** Column widths and the filter range are only known once all rows are written. */
    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        for (int c = 0; c < widths.length; c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 1));
            sheet.setColumnWidth(c, chars * 256);
        }
        if (headerColumns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, headerColumns - 1));
        }
    }

    private void track(int column, int chars) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        widths[column] = Math.max(widths[column], chars);
    }

    private static int longestLine(String text) {
        int longest = 0;
        for (String line : text.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        return longest;
    }

    /** Excel cannot hold more than 32,767 characters in a cell; cut (marking the cut) rather than fail the export. */
    static String clip(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
