package org.ariadne.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook laid out the way an office writes its plan in Excel, built with Apache POI: several sheets, title
 * rows, merged objective rows and group headers, line breaks in cells, formulas in totals. Institutions the test
 * expects the directory to know are listed, so that their names can be created before the import.
 */
final class CorpusWorkbook {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Set<String> known = new LinkedHashSet<>();
    private final java.util.Map<String, String[]> otherNames = new java.util.LinkedHashMap<>();
    private XSSFSheet sheet;
    private int next;

    /** A formula cell, as a totals row has. */
    record Formula(String expression) {
    }

    CorpusWorkbook sheet(String name) {
        sheet = workbook.createSheet(name);
        next = 0;
        return this;
    }

    /** Values: String, Number or {@link Formula}; null leaves the cell empty. */
    CorpusWorkbook row(Object... values) {
        var row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            var value = values[c];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(c);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression());
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    CorpusWorkbook blank() {
        next++;
        return this;
    }

    /** A row with one text merged across columns first..last: an objective or section row. */
    CorpusWorkbook mergedRow(String text, int lastColumn) {
        sheet.createRow(next).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(next, next, 0, lastColumn));
        next++;
        return this;
    }

    /** Merges, 0-based and inclusive, the cells of the current sheet. */
    CorpusWorkbook merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    /** Hides a column of the current sheet, 0-based, as offices hide their working columns. */
    CorpusWorkbook hideColumn(int column) {
        sheet.setColumnHidden(column, true);
        return this;
    }

    int nextRow() {
        return next;
    }

    CorpusWorkbook known(String... names) {
        known.addAll(List.of(names));
        return this;
    }

    List<String> knownInstitutions() {
        return new ArrayList<>(known);
    }

    /** The directory knows this institution also by its acronyms and its name in Serbian. */
    CorpusWorkbook knownAs(String name, String acronyms, String nameSr) {
        known.add(name);
        otherNames.put(name, new String[] {acronyms, nameSr});
        return this;
    }

    /** Acronyms and Serbian name of the institutions known by more than their name. */
    java.util.Map<String, String[]> otherNames() {
        return otherNames;
    }

    byte[] xlsx() {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
