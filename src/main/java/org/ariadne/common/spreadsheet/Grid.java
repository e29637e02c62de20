package org.ariadne.common.spreadsheet;

import java.util.List;

/**
 * The cells of one sheet of an uploaded file, as plain values. Rows are listed from row 1 up to the last row that
 * holds a value; blank rows in between are kept (with their Excel numbers) so messages can point at the right row.
 */
public final class Grid {

    private final SpreadsheetKind kind;
    private final String sheetName;
    private final List<String> sheetNames;
    private final List<Row> rows;

    Grid(SpreadsheetKind kind, String sheetName, List<String> sheetNames, List<Row> rows) {
        this.kind = kind;
        this.sheetName = sheetName;
        this.sheetNames = List.copyOf(sheetNames);
        this.rows = List.copyOf(rows);
    }

    /** The kind of file, detected from its content. */
    public SpreadsheetKind kind() {
        return kind;
    }

    /** Name of the sheet that was read (for CSV: the file name without extension). */
    public String sheetName() {
        return sheetName;
    }

    /** Names of all sheets in the workbook, in workbook order, including hidden ones. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    /** Rows from row 1 to the last non-blank row; trailing blank rows are dropped. */
    public List<Row> rows() {
        return rows;
    }

    /** The row with the given 1-based number; a blank row when beyond the end. */
    public Row row(int number) {
        if (number < 1) {
            throw new IndexOutOfBoundsException("Row numbers start at 1: " + number);
        }
        return number <= rows.size() ? rows.get(number - 1) : new Row(number, new Cell[0]);
    }

    /** The widest row's column count. */
    public int columnCount() {
        return rows.stream().mapToInt(Row::size).max().orElse(0);
    }

    /** True when the sheet holds no value at all. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public String toString() {
        return kind + " sheet '" + sheetName + "' with " + rows.size() + " rows";
    }
}
