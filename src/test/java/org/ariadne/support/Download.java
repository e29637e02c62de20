package org.ariadne.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A downloaded CSV or Excel file as the person who opens it sees it: its name, its type, and its rows. Reading an
 * Excel file fails on any formula cell, so a test cannot pass while text typed by someone became a formula.
 */
public record Download(String contentType, String fileName, byte[] content) {

    public static Download of(MvcResult result) {
        var response = result.getResponse();
        var disposition = ContentDisposition.parse(response.getHeader(HttpHeaders.CONTENT_DISPOSITION));
        return new Download(response.getContentType(), disposition.getFilename(), response.getContentAsByteArray());
    }

    /** True when the file starts with the UTF-8 byte order mark Excel needs to read ë and ç correctly. */
    public boolean hasByteOrderMark() {
        return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
    }

    /** The records of a CSV file, header first, as the text of each field. */
    public List<List<String>> csvRows() {
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            return parser.getRecords().stream().map(record -> record.toList()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of the first sheet of an Excel file, header first: text as String, numbers as Double, dates as
     * LocalDateTime, blanks as null (trailing blanks left out). Fails on a formula cell.
     */
    public List<List<Object>> xlsxRows() {
        try (var workbook = workbook()) {
            var rows = new ArrayList<List<Object>>();
            for (var row : workbook.getSheetAt(0)) {
                var values = new ArrayList<Object>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    values.add(value(row.getCell(c)));
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                rows.add(values);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Excel file itself, for what {@link #xlsxRows()} does not show (styles, sheets). Close it. */
    public XSSFWorkbook workbook() {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            throw new AssertionError("Cell " + cell.getAddress() + " is a formula: " + cell.getCellFormula());
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }
}
