package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CountTable} as it may be published: every position, cells and totals, either its count or suppressed with
 * the reason. No count of a suppressed position is kept here, and none can be worked out from what is published: its
 * totals, its published cells and that counts are never negative leave each suppressed position at least two possible
 * values.
 */
public final class ProtectedTable {

    private final CountTable shape;
    private final Disclosed[] positions;
    private final int threshold;

    ProtectedTable(CountTable table, boolean[] suppressed, boolean[] primary, int threshold) {
        this.shape = table;
        this.threshold = threshold;
        this.positions = new Disclosed[table.positionCount()];
        for (int p = 0; p < positions.length; p++) {
            positions[p] = !suppressed[p] ? Disclosed.published(table.valueAt(p))
                    : Disclosed.suppressed(primary[p] ? Suppression.PRIMARY : Suppression.SECONDARY);
        }
    }

    private ProtectedTable(CountTable table, Disclosed[] positions, int threshold) {
        this.shape = table;
        this.positions = positions;
        this.threshold = threshold;
    }

    /**
     * A grid with its rows and columns swapped, every position published or hidden as it is here. A reader who asks
     * for a grid in both orders (status × sex, sex × status) must get one protection of it: protected each in its own
     * order, the two can hide different complements of equal counts (ties are broken by place in the table) and,
     * laid over each other, give hidden counts back. So a grid is protected in one order and turned for the other.
     */
    public ProtectedTable transposed() {
        var size = shape.shape();
        if (size.length != 2) {
            throw new IllegalStateException("only a grid has rows and columns to swap");
        }
        var counts = new long[size[1]][size[0]];
        for (int r = 0; r < size[0]; r++) {
            for (int c = 0; c < size[1]; c++) {
                counts[c][r] = shape.value(r, c);
            }
        }
        var turned = CountTable.grid(counts);
        var swapped = new Disclosed[positions.length];
        for (int p = 0; p < swapped.length; p++) {
            var at = turned.coordinates(p);
            swapped[p] = at(at[1], at[0]);
        }
        return new ProtectedTable(turned, swapped, threshold);
    }

    /** The position at these coordinates; {@link CountTable#TOTAL} for a total over a dimension. */
    public Disclosed at(int... coordinates) {
        return positions[shape.position(coordinates)];
    }

    /** A list's cell, or a grid's when given row and column. */
    public Disclosed cell(int... coordinates) {
        return at(coordinates);
    }

    /** A grid's row total. */
    public Disclosed rowTotal(int row) {
        return at(row, CountTable.TOTAL);
    }

    /** A grid's column total. */
    public Disclosed columnTotal(int column) {
        return at(CountTable.TOTAL, column);
    }

    /** The grand total. */
    public Disclosed total() {
        return at(shape.grandTotal());
    }

    public int[] shape() {
        return shape.shape();
    }

    /** The threshold the table was protected with: counts from 1 to one below it are never published. */
    public int threshold() {
        return threshold;
    }

    /** How many positions (cells and totals) are suppressed. */
    public int suppressedCount() {
        return (int) java.util.Arrays.stream(positions).filter(Disclosed::isSuppressed).count();
    }

    public boolean hasSuppressed() {
        return suppressedCount() > 0;
    }

    /**
     * A grid as published rows: each row's cells then its total, and last the row of column totals and the grand
     * total; each entry a number or {@link SuppressedCells#MARK} ({@link Disclosed#cell()}). A list is one row per
     * category and a last row with the total.
     */
    public List<List<Object>> rows() {
        var size = shape.shape();
        var rows = new ArrayList<List<Object>>();
        if (size.length == 1) {
            for (int i = 0; i < size[0]; i++) {
                rows.add(List.of(at(i).cell()));
            }
            rows.add(List.of(total().cell()));
            return rows;
        }
        if (size.length != 2) {
            throw new IllegalStateException("rows() is for lists and grids; read layers with at(...)");
        }
        for (int row = CountTable.TOTAL + 1; row <= size[0]; row++) {
            int r = row == size[0] ? CountTable.TOTAL : row;
            var line = new ArrayList<Object>();
            for (int column = 0; column < size[1]; column++) {
                line.add(at(r, column).cell());
            }
            line.add(at(r, CountTable.TOTAL).cell());
            rows.add(line);
        }
        return rows;
    }

    Disclosed atPosition(int position) {
        return positions[position];
    }
}
