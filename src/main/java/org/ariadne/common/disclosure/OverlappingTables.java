package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables one reader can have side by side, counted over the same records: the list by each dimension and the grid by
 * any two. They overlap: a grid's row totals are the cells of the list by its rows' dimension, and every table's grand
 * total is the same count. Protected each on its own, one table may hide as a complement what another shows, and the
 * reader puts them together (the list shows the row total of women that the grid hid, and the grid's hidden cells of
 * that row follow). So the lists are protected first, with the grand total shown unless it is too small; then every
 * grid shows and hides its totals exactly as the lists do, and chooses its further complements among its own cells.
 */
public final class OverlappingTables {

    private final DisclosureControl control;

    public OverlappingTables(DisclosureControl control) {
        this.control = control;
    }

    /**
     * One dimension's list as any reader gets it: the grand total shown unless it is too small, the cells protected
     * around it.
     */
    public ProtectedTable list(long[] counts) {
        var table = CountTable.list(counts);
        return control.protect(table, List.of(), grandTotalShown(table));
    }

    /**
     * A list whose every cell is published elsewhere as a grand total of its own (each year's persons, in that
     * year's tables and documents): the cells shown unless too small, as they are there, and the total of the list
     * hidden when it would give a small one back.
     */
    public ProtectedTable listOfPublishedCells(long[] counts) {
        var table = CountTable.list(counts);
        var shown = new ArrayList<int[]>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && !control.tooSmall(counts[i])) {
                shown.add(new int[] {i});
            }
        }
        return control.protect(table, List.of(), shown);
    }

    /**
     * A grid by two dimensions, beside their lists: each row total equal to the rows' list's count of the same
     * category is hidden or shown as that list hides or shows it, and the column totals likewise.
     *
     * @param rows for each row of the grid, the rows' list's count of its category and how the list publishes it
     * @param columns the same for each column
     */
    public ProtectedTable grid(long[][] counts, Margin rows, Margin columns) {
        var table = CountTable.grid(counts);
        var withheld = new ArrayList<int[]>();
        var shown = new ArrayList<>(grandTotalShown(table));
        int[] shape = table.shape();
        for (int r = 0; r < shape[0]; r++) {
            rows.follow(r, table.value(r, CountTable.TOTAL), new int[] {r, CountTable.TOTAL}, withheld, shown);
        }
        for (int c = 0; c < shape[1]; c++) {
            columns.follow(c, table.value(CountTable.TOTAL, c), new int[] {CountTable.TOTAL, c}, withheld, shown);
        }
        return control.protect(table, withheld, shown);
    }

    private List<int[]> grandTotalShown(CountTable table) {
        return control.tooSmall(table.value(table.grandTotal())) ? List.of() : List.of(table.grandTotal());
    }

    /**
     * A list as it lines up with a grid's rows (or columns): for each of them, the list's own count of the same
     * category and how the list publishes it; {@code null} where the list has no such category.
     */
    public record Margin(long[] counts, Disclosed[] published) {

        public Margin {
            if (counts.length != published.length) {
                throw new IllegalArgumentException("a count and a publication for each category");
            }
            counts = counts.clone();
            published = published.clone();
        }

        /** A grid's totals that no list lines up with: the grid protects them on its own. */
        public static Margin none(int size) {
            return new Margin(new long[size], new Disclosed[size]);
        }

        /**
         * A total equal to the list's count is the same number to a reader: hidden here when the list hides it, shown
         * when the list shows it. A total that differs (a person counted in two columns of the row) is another number
         * and protected here on its own.
         */
        void follow(int index, long total, int[] at, List<int[]> withheld, List<int[]> shown) {
            var listed = published[index];
            if (listed == null || counts[index] != total || total == 0) {
                return;
            }
            (listed.isSuppressed() ? withheld : shown).add(at);
        }
    }
}
