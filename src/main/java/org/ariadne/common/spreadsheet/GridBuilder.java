package org.ariadne.common.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;

/**
 * Collects the non-empty cells of one sheet, enforcing the row/column/cell limits as cells arrive (so a huge sheet
 * is refused early), then fills merged regions and produces the {@link Grid}.
 */
final class GridBuilder {

    private final ReadLimits limits;
    private final List<Cell[]> rows = new ArrayList<>();
    private final List<int[]> merges = new ArrayList<>();
    private int cellCount;

    GridBuilder(ReadLimits limits) {
        this.limits = limits;
    }

    /** Adds a cell; EMPTY cells are ignored. A later cell at the same position replaces the earlier one. */
    void put(Cell cell) throws SpreadsheetRefusedException {
        if (cell.isEmpty()) {
            return;
        }
        int rowIndex = cell.rowNumber() - 1;
        int columnIndex = cell.columnIndex();
        if (rowIndex >= limits.maxRows() || columnIndex >= limits.maxColumns()) {
            throw tooBig("value in " + (columnIndex > CellValues.MAX_EXCEL_COLUMN ? "column beyond XFD"
                    : cell.reference()));
        }
        while (rows.size() <= rowIndex) {
            rows.add(null);
        }
        Cell[] row = rows.get(rowIndex);
        if (row == null || row.length <= columnIndex) {
            // Grow by doubling (bounded by the column limit) so wide rows do not copy on every cell.
            int size = Math.max(columnIndex + 1, Math.min(limits.maxColumns(), row == null ? 8 : row.length * 2));
            row = row == null ? new Cell[size] : Arrays.copyOf(row, size);
            rows.set(rowIndex, row);
        }
        if (row[columnIndex] == null && ++cellCount > limits.maxCells()) {
            throw tooBig("more than " + limits.maxCells() + " cells");
        }
        row[columnIndex] = cell;
    }

    /** Records a merged region (0-based, inclusive). Filled in {@link #build}, once every cell is known. */
    void merge(int firstRow, int firstColumn, int lastRow, int lastColumn) throws SpreadsheetRefusedException {
        if (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn) {
            return; // nonsense region: Excel would not open it either, nothing sensible to fill
        }
        if (merges.size() >= limits.maxCells()) {
            throw tooBig("more than " + limits.maxCells() + " merged regions");
        }
        merges.add(new int[] {firstRow, firstColumn, lastRow, lastColumn});
    }

    Grid build(SpreadsheetKind kind, String sheetName, List<String> sheetNames) throws SpreadsheetRefusedException {
        fillMerges();
        int lastRow = rows.size() - 1;
        while (lastRow >= 0 && lastNonEmpty(rows.get(lastRow)) < 0) {
            lastRow--;
        }
        List<Row> result = new ArrayList<>(lastRow + 1);
        for (int r = 0; r <= lastRow; r++) {
            Cell[] cells = rows.get(r);
            int last = lastNonEmpty(cells);
            result.add(new Row(r + 1, last < 0 ? new Cell[0] : Arrays.copyOf(cells, last + 1)));
        }
        return new Grid(kind, sheetName, sheetNames, result);
    }

    /**
     * Gives every cell of a merged region the top-left cell's value. Regions are clipped to the area that holds
     * values (a merge over a whole column must not create a million rows), and the total work is bounded by the
     * cell limit so overlapping hostile regions cannot loop for ever.
     */
    private void fillMerges() throws SpreadsheetRefusedException {
        if (merges.isEmpty()) {
            return;
        }
        int lastRow = rows.size() - 1;
        int lastColumn = -1;
        for (Cell[] row : rows) {
            lastColumn = Math.max(lastColumn, lastNonEmpty(row));
        }
        long budget = limits.maxCells();
        for (int[] merge : merges) {
            int toRow = Math.min(merge[2], lastRow);
            int toColumn = Math.min(merge[3], lastColumn);
            if (merge[0] > toRow || merge[1] > toColumn) {
                continue;
            }
            Cell topLeft = get(merge[0], merge[1]);
            String from = CellValues.reference(merge[0], merge[1]);
            for (int r = merge[0]; r <= toRow; r++) {
                for (int c = merge[1]; c <= toColumn; c++) {
                    if (--budget < 0) {
                        throw tooBig("merged regions cover more than " + limits.maxCells() + " cells");
                    }
                    if (topLeft == null) {
                        clear(r, c); // Excel shows only the top-left value; hidden values under a merge are not data
                    } else {
                        put(topLeft.mergedCopy(r + 1, c, from));
                    }
                }
            }
        }
    }

    private Cell get(int rowIndex, int columnIndex) {
        Cell[] row = rowIndex < rows.size() ? rows.get(rowIndex) : null;
        return row != null && columnIndex < row.length ? row[columnIndex] : null;
    }

    private void clear(int rowIndex, int columnIndex) {
        Cell[] row = rows.get(rowIndex);
        if (row != null && columnIndex < row.length) {
            row[columnIndex] = null;
        }
    }

    private static int lastNonEmpty(Cell[] row) {
        if (row == null) {
            return -1;
        }
        int last = row.length - 1;
        while (last >= 0 && row[last] == null) {
            last--;
        }
        return last;
    }

    private SpreadsheetRefusedException tooBig(String detail) {
        return new SpreadsheetRefusedException(Reason.TOO_MANY_ROWS, detail, limits.maxRows(), limits.maxColumns());
    }
}
