package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.Row;

/**
 * What a cell of an uploaded sheet holds as the reader sees it: its stripped text, and whether it is a copy of a
 * merged cell (a value written once for several rows or columns) rather than a value of its own.
 */
final class Cells {

    private Cells() {
    }

    /** The text of a cell, stripped; null for an empty or blank cell. */
    static String text(Cell cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        var text = cell.text();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A cell inside a merged region whose value sits in an earlier row: "same as above", not a new value. */
    static boolean fromAbove(Cell cell) {
        if (cell == null || cell.mergedFrom() == null || cell.mergedFrom().equals(cell.reference())) {
            return false;
        }
        return rowOf(cell.mergedFrom()) < cell.rowNumber();
    }

    static int rowOf(String reference) {
        return Integer.parseInt(reference.replaceAll("[^0-9]", ""));
    }

    static boolean isCopy(Cell cell) {
        return cell.mergedFrom() != null && !cell.mergedFrom().equals(cell.reference());
    }

    /** The cells of a row holding a value of their own (not a copy of a merged cell from above or to the left). */
    static List<Cell> freshValues(Row row) {
        var values = new ArrayList<Cell>();
        for (var cell : row.cells()) {
            if (text(cell) != null && !isCopy(cell)) {
                values.add(cell);
            }
        }
        return values;
    }
}
