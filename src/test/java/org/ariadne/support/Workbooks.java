package org.ariadne.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds plan workbooks for tests the way people make them in Excel: typed cells, merged cells, formulas. */
public final class Workbooks {

    private final List<Object[]> rows = new ArrayList<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();

    /** Values: String, Number, LocalDate, or {@link Formula}; null leaves the cell empty. */
    public Workbooks row(Object... values) {
        rows.add(values);
        return this;
    }

    /** Merges rows first..last (1-based, as Excel shows them) in the given 0-based column. */
    public Workbooks merge(int firstRow, int lastRow, int column) {
        merges.add(new CellRangeAddress(firstRow - 1, lastRow - 1, column, column));
        return this;
    }

    public record Formula(String expression) {
    }

    public byte[] xlsx() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Plan");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                var values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    var value = values[c];
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(dateStyle);
                    } else if (value instanceof Formula formula) {
                        cell.setCellFormula(formula.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            merges.forEach(sheet::addMergedRegion);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
