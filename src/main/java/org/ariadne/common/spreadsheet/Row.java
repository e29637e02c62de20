package org.ariadne.common.spreadsheet;

import java.util.AbstractList;
import java.util.List;

/** One row of a {@link Grid}. Cells are addressed by 0-based column index; missing cells read as EMPTY. */
public final class Row {

    private final int number;
    // Sparse on purpose: blank cells are not stored, so a wide formatted-but-empty sheet costs nothing.
    private final Cell[] cells;

    Row(int number, Cell[] cells) {
        this.number = number;
        this.cells = cells;
    }

    /** Row number, 1-based as Excel shows it (for CSV: the record number, a quoted multi-line value counts once). */
    public int number() {
        return number;
    }

    /** The cell at a 0-based column index; never {@code null}, EMPTY beyond the last filled cell. */
    public Cell cell(int columnIndex) {
        if (columnIndex < 0) {
            throw new IndexOutOfBoundsException("Column index must not be negative: " + columnIndex);
        }
        Cell cell = columnIndex < cells.length ? cells[columnIndex] : null;
        return cell != null ? cell : Cell.empty(number, columnIndex);
    }

    /** Number of columns up to and including the last non-empty cell (0 for a blank row). */
    public int size() {
        return cells.length;
    }

    /** All cells from column A up to the last non-empty one, with EMPTY cells in the gaps. */
    public List<Cell> cells() {
        return new AbstractList<>() {
            @Override
            public Cell get(int index) {
                return cell(index);
            }

            @Override
            public int size() {
                return cells.length;
            }
        };
    }

    /** True when every cell of the row is empty. */
    public boolean isBlank() {
        return cells.length == 0;
    }

    @Override
    public String toString() {
        return "Row " + number + cells();
    }
}
