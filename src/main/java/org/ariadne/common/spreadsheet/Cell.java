package org.ariadne.common.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell of a {@link Grid}: its position, its kind and its typed value. Immutable.
 *
 * <p>Typed accessors ({@link #number()}, {@link #date()}, ...) return {@code null} when the cell does not hold
 * that type. For a {@link CellKind#FORMULA} cell they describe the value Excel last saved with the formula
 * (see {@link #cachedKind()}); the formula itself is never evaluated.
 */
public final class Cell {

    private final int rowNumber;
    private final int columnIndex;
    private final CellKind kind;
    private final CellKind cachedKind;
    private final Object value;
    private final String text;
    private final String formula;
    private final String mergedFrom;

    private Cell(int rowNumber, int columnIndex, CellKind kind, CellKind cachedKind, Object value, String text,
                 String formula, String mergedFrom) {
        this.rowNumber = rowNumber;
        this.columnIndex = columnIndex;
        this.kind = kind;
        this.cachedKind = cachedKind;
        this.value = value;
        this.text = text;
        this.formula = formula;
        this.mergedFrom = mergedFrom;
    }

    static Cell empty(int rowNumber, int columnIndex) {
        return new Cell(rowNumber, columnIndex, CellKind.EMPTY, CellKind.EMPTY, null, "", null, null);
    }

    /** A plain value; {@code kind} must not be FORMULA. Blank text becomes an EMPTY cell. */
    static Cell of(int rowNumber, int columnIndex, CellKind kind, Object value) {
        if (kind == CellKind.TEXT && ((String) value).isEmpty()) {
            return empty(rowNumber, columnIndex);
        }
        return new Cell(rowNumber, columnIndex, kind, kind, value, display(kind, value), null, null);
    }

    /** A formula with the value Excel cached for it ({@code cachedKind} EMPTY and {@code cached} null when none). */
    static Cell formula(int rowNumber, int columnIndex, String formula, CellKind cachedKind, Object cached) {
        if (cachedKind == CellKind.TEXT && ((String) cached).isEmpty()) {
            cachedKind = CellKind.EMPTY;
            cached = null;
        }
        return new Cell(rowNumber, columnIndex, CellKind.FORMULA, cachedKind, cached, display(cachedKind, cached),
                formula, null);
    }

    /** This cell's value placed at another position inside the merged region whose top-left is {@code from}. */
    Cell mergedCopy(int newRowNumber, int newColumnIndex, String from) {
        return new Cell(newRowNumber, newColumnIndex, kind, cachedKind, value, text, formula, from);
    }

    private static String display(CellKind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> ((BigDecimal) value).toPlainString();
            case DATE -> CellValues.formatDate(value);
            case BOOLEAN -> ((Boolean) value) ? "TRUE" : "FALSE";
            default -> value.toString();
        };
    }

    /** What the cell holds. */
    public CellKind kind() {
        return kind;
    }

    /**
     * The cell as a person would read it, trimmed, never {@code null}: "" for EMPTY, "2016" for the number 2016,
     * "2016-04-01" (or "2016-04-01 10:30") for dates, "TRUE"/"FALSE", "#DIV/0!" for errors, and for a formula the
     * value Excel last saved with it. Non-breaking spaces are already turned into normal spaces, and the apostrophe
     * added by {@link SafeSpreadsheetWriter#neutralise(String)} on export is already removed.
     */
    public String text() {
        return text;
    }

    /**
     * The typed value: String (TEXT, ERROR), BigDecimal (NUMBER), LocalDate or LocalDateTime (DATE), Boolean
     * (BOOLEAN), the cached value for FORMULA, or {@code null} when there is none.
     */
    public Object value() {
        return value;
    }

    /** The Excel-style reference, such as "D12". */
    public String reference() {
        return CellValues.reference(rowNumber - 1, columnIndex);
    }

    /** Row number, 1-based as Excel shows it. */
    public int rowNumber() {
        return rowNumber;
    }

    /** Column index, 0-based (column A is 0). */
    public int columnIndex() {
        return columnIndex;
    }

    /** True when the cell holds nothing. */
    public boolean isEmpty() {
        return kind == CellKind.EMPTY;
    }

    /** The exact number, or {@code null} when the cell (or a formula's cached value) is not a number. */
    public BigDecimal number() {
        return value instanceof BigDecimal number ? number : null;
    }

    /** The date (without any time part), or {@code null} when the cell is not a date. */
    public LocalDate date() {
        if (value instanceof LocalDate date) {
            return date;
        }
        return value instanceof LocalDateTime dateTime ? dateTime.toLocalDate() : null;
    }

    /** The date and time (midnight when the cell has no time part), or {@code null} when the cell is not a date. */
    public LocalDateTime dateTime() {
        if (value instanceof LocalDateTime dateTime) {
            return dateTime;
        }
        return value instanceof LocalDate date ? date.atStartOfDay() : null;
    }

    /** TRUE/FALSE, or {@code null} when the cell is not a boolean. */
    public Boolean booleanValue() {
        return value instanceof Boolean bool ? bool : null;
    }

    /**
     * The formula text without the leading "=" (for example {@code SUM(B2:B4)}), or {@code null} when the cell is
     * not a formula. For a shared formula, cells after the first one carry the first cell's text.
     */
    public String formula() {
        return formula;
    }

    /** For a FORMULA cell, the kind of the value Excel last saved with it (EMPTY when none); otherwise {@link #kind()}. */
    public CellKind cachedKind() {
        return cachedKind;
    }

    /**
     * When the cell lies inside a merged region, the reference of the region's top-left cell (for example "A5"),
     * including for the top-left cell itself; otherwise {@code null}. Cells of a merged region all carry the
     * top-left cell's value.
     */
    public String mergedFrom() {
        return mergedFrom;
    }

    /** True when the cell lies inside a merged region. */
    public boolean isMerged() {
        return mergedFrom != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell that && rowNumber == that.rowNumber && columnIndex == that.columnIndex
                && kind == that.kind && cachedKind == that.cachedKind && Objects.equals(value, that.value)
                && Objects.equals(formula, that.formula) && Objects.equals(mergedFrom, that.mergedFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowNumber, columnIndex, kind, value);
    }

    @Override
    public String toString() {
        return reference() + "=" + kind + (formula != null ? "(" + formula + ")" : "") + ":" + text;
    }
}
