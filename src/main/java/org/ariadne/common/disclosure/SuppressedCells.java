package org.ariadne.common.disclosure;

/**
 * How a suppressed cell is written wherever a table leaves the register: as the mark {@value #MARK} in the cell's
 * place (the same in every language and in pages, CSV, XLSX, Word and PDF), explained once beside the table by the
 * message {@value #LEGEND} (with the threshold as its argument); a page also gives the cell the words of
 * {@value #CELL} for screen readers. The "[c]" ("confidential") follows the practice of official statistics; a dash
 * would read as "nothing", which is what the portal writes for an empty cell.
 */
public final class SuppressedCells {

    /** The text in a suppressed cell's place. */
    public static final String MARK = "[c]";
    /** The message explaining the mark, "{0}" being the threshold. */
    public static final String LEGEND = "common.disclosure.legend";
    /** The message a screen reader reads for a suppressed cell. */
    public static final String CELL = "common.disclosure.cell";

    private SuppressedCells() {
    }

    /** Whether a table's cell is the mark of a suppressed count. */
    public static boolean isMark(Object cell) {
        return cell instanceof String text && MARK.equals(text);
    }

    /** Whether any cell of these rows is suppressed, so the legend must be shown. */
    public static boolean anyIn(java.util.List<? extends java.util.List<?>> rows) {
        return rows.stream().anyMatch(row -> row.stream().anyMatch(SuppressedCells::isMark));
    }
}
