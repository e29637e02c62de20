package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of counts (persons, cases) with all its totals, as it would be published: a list with its total, a grid
 * with row totals, column totals and the grand total, or a stack of grids (layers) with every total across rows,
 * columns and layers. The totals are added up here from the cells, so they always agree with them; that is what lets
 * {@link DisclosureControl} and a reader alike work with the table's sums.
 *
 * <p>Every position of the table, cells and totals, has coordinates, one per dimension: a category's index, or
 * {@link #TOTAL} for the total over that dimension. A grid's row total of row 2 is {@code (2, TOTAL)}, its grand total
 * {@code (TOTAL, TOTAL)}.
 */
public final class CountTable {

    /** The coordinate of a total over a dimension. */
    public static final int TOTAL = -1;

    private final int[] shape;
    private final long[] values;

    private CountTable(int[] shape, long[] cells) {
        if (shape.length < 1 || shape.length > 3) {
            throw new IllegalArgumentException("a count table has one, two or three dimensions");
        }
        for (int size : shape) {
            if (size < 1) {
                throw new IllegalArgumentException("every dimension needs at least one category");
            }
        }
        this.shape = shape.clone();
        this.values = new long[positionCount(shape)];
        var strides = strides(shape);
        // the inner cells first, then every total from them
        for (int position = 0; position < values.length; position++) {
            var at = coordinates(position);
            if (isCell(at)) {
                int inner = 0;
                for (int d = 0; d < shape.length; d++) {
                    inner += at[d] * strides[d];
                }
                long value = cells[inner];
                if (value < 0) {
                    throw new IllegalArgumentException("a count is never negative: " + value);
                }
                values[position] = value;
            }
        }
        for (int position = 0; position < values.length; position++) {
            var at = coordinates(position);
            if (!isCell(at)) {
                values[position] = sumOfCells(at, 0);
            }
        }
    }

    /** A list of counts (women, men) and its total. */
    public static CountTable list(long... counts) {
        return new CountTable(new int[] {counts.length}, counts.clone());
    }

    /** A grid of counts, {@code counts[row][column]}, with its row totals, column totals and grand total. */
    public static CountTable grid(long[][] counts) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a grid needs at least one row");
        }
        int columns = counts[0].length;
        var flat = new long[counts.length * columns];
        for (int row = 0; row < counts.length; row++) {
            if (counts[row].length != columns) {
                throw new IllegalArgumentException("every row needs " + columns + " columns");
            }
            System.arraycopy(counts[row], 0, flat, row * columns, columns);
        }
        return new CountTable(new int[] {counts.length, columns}, flat);
    }

    /**
     * Grids of the same shape stacked as layers, {@code counts[layer][row][column]} (one grid per region, say), with
     * each layer's totals, the totals across layers, and the grand total.
     */
    public static CountTable layers(long[][][] counts) {
        if (counts.length == 0 || counts[0].length == 0) {
            throw new IllegalArgumentException("layers need at least one layer and one row");
        }
        int rows = counts[0].length;
        int columns = counts[0][0].length;
        var flat = new long[counts.length * rows * columns];
        int i = 0;
        for (var layer : counts) {
            if (layer.length != rows) {
                throw new IllegalArgumentException("every layer needs " + rows + " rows");
            }
            for (var row : layer) {
                if (row.length != columns) {
                    throw new IllegalArgumentException("every row needs " + columns + " columns");
                }
                for (long value : row) {
                    flat[i++] = value;
                }
            }
        }
        return new CountTable(new int[] {counts.length, rows, columns}, flat);
    }

    /** The number of categories of each dimension. */
    public int[] shape() {
        return shape.clone();
    }

    public int dimensions() {
        return shape.length;
    }

    /** The coordinates of the grand total: {@link #TOTAL} in every dimension. */
    public int[] grandTotal() {
        var at = new int[shape.length];
        Arrays.fill(at, TOTAL);
        return at;
    }

    /** The count at these coordinates (a cell, or a total where a coordinate is {@link #TOTAL}). */
    public long value(int... coordinates) {
        return values[position(coordinates)];
    }

    // ---- positions and their sums: what DisclosureControl and ProtectedTable work with ----

    int positionCount() {
        return values.length;
    }

    long valueAt(int position) {
        return values[position];
    }

    /** The position of these coordinates: each coordinate shifted by one, so that a total (-1) is 0. */
    int position(int... coordinates) {
        if (coordinates.length != shape.length) {
            throw new IllegalArgumentException("this table has " + shape.length + " dimensions");
        }
        int position = 0;
        for (int d = 0; d < shape.length; d++) {
            int c = coordinates[d];
            if (c < TOTAL || c >= shape[d]) {
                throw new IndexOutOfBoundsException("coordinate " + c + " of dimension " + d);
            }
            position = position * (shape[d] + 1) + (c + 1);
        }
        return position;
    }

    int[] coordinates(int position) {
        var at = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            at[d] = position % (shape[d] + 1) - 1;
            position /= shape[d] + 1;
        }
        return at;
    }

    /** Whether the position is an inner cell (no total in its coordinates). */
    static boolean isCell(int[] coordinates) {
        return Arrays.stream(coordinates).noneMatch(c -> c == TOTAL);
    }

    /**
     * Every sum the table holds, as {@code [total, part, part, ...]}: for each position and each dimension it totals
     * over, the position equals the sum of the positions with a category in that dimension's place.
     */
    List<int[]> sums() {
        var sums = new ArrayList<int[]>();
        for (int position = 0; position < values.length; position++) {
            var at = coordinates(position);
            for (int d = 0; d < shape.length; d++) {
                if (at[d] != TOTAL) {
                    continue;
                }
                var sum = new int[shape[d] + 1];
                sum[0] = position;
                for (int c = 0; c < shape[d]; c++) {
                    var part = at.clone();
                    part[d] = c;
                    sum[c + 1] = position(part);
                }
                sums.add(sum);
            }
        }
        return sums;
    }

    private long sumOfCells(int[] at, int from) {
        for (int d = from; d < at.length; d++) {
            if (at[d] == TOTAL) {
                long sum = 0;
                for (int c = 0; c < shape[d]; c++) {
                    var part = at.clone();
                    part[d] = c;
                    sum = Math.addExact(sum, sumOfCells(part, d + 1));
                }
                return sum;
            }
        }
        return values[position(at)];
    }

    private static int positionCount(int[] shape) {
        int count = 1;
        for (int size : shape) {
            count = Math.multiplyExact(count, size + 1);
        }
        return count;
    }

    private static int[] strides(int[] shape) {
        var strides = new int[shape.length];
        int stride = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return strides;
    }

    @Override
    public String toString() {
        return "CountTable" + Arrays.toString(shape) + Arrays.toString(values);
    }
}
