package org.ariadne.publication.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.publication.PublicTable;

/**
 * A table as the page shows it: every cell text in the reader's language (numbers with the language's separators,
 * a dash for nothing) and which cells are numbers, so they line up on the right; with its two downloads.
 *
 * <p>For a public reader, a column headed "… (%)" shows percentages with the sign, and a progress below zero (the
 * value moved away from the target, past the baseline) in words rather than as "-152.94"; a column that says the
 * same long sentence on every row is said once, under the table, as a note. The downloads keep the plain figures.
 * A suppressed count keeps its mark ({@link SuppressedCells#MARK}), read aloud as words, and the table says under
 * it what the mark means.
 */
record ShownTable(String name, String title, List<String> header, List<List<Cell>> rows, List<String> notes,
        String csv, String xlsx) {

    /** A sentence this long, the same on every row, is said once under the table. */
    private static final int LONG_TEXT = 30;
    private static final String PERCENT_HEADING = "(%)";

    /**
     * A cell as shown; {@code spoken} is what a screen reader says instead of the text, for a suppressed count
     * (its mark, "[c]", means nothing read aloud).
     */
    record Cell(String text, boolean number, String spoken) {

        Cell(String text, boolean number) {
            this(text, number, null);
        }

        public boolean suppressed() {
            return spoken != null;
        }
    }

    /**
     * The words a public table needs in the reader's language.
     *
     * @param none    for an empty cell
     * @param away    for a progress below zero: the value moved away from the target
     * @param percent the pattern of a percentage, "{0} %"
     * @param suppressed what a screen reader says for a suppressed count ("not published")
     * @param legend  the note under a table with suppressed counts, saying what the mark means
     */
    record Words(String none, String away, String percent, String suppressed, String legend) {

        Words(String none, String away, String percent) {
            this(none, away, percent, "", "");
        }
    }

    static ShownTable of(PublicTable table, Locale locale, Words words, String csv, String xlsx) {
        var formats = org.ariadne.common.format.Formats.of(locale);
        var percentColumns = new java.util.HashSet<Integer>();
        for (int column = 0; column < table.header().size(); column++) {
            if (table.header().get(column).strip().endsWith(PERCENT_HEADING)) {
                percentColumns.add(column);
            }
        }
        var repeated = repeatedColumns(table);
        var header = new java.util.ArrayList<String>();
        var notes = new java.util.ArrayList<String>();
        for (int column = 0; column < table.header().size(); column++) {
            if (repeated.contains(column)) {
                notes.add(table.header().get(column) + ": " + table.rows().get(0).get(column));
            } else {
                header.add(table.header().get(column));
            }
        }
        var rows = table.rows().stream().map(row -> {
            var cells = new java.util.ArrayList<Cell>();
            for (int column = 0; column < row.size(); column++) {
                if (repeated.contains(column)) {
                    continue;
                }
                var value = row.get(column);
                if (SuppressedCells.isMark(value)) {
                    cells.add(new Cell(SuppressedCells.MARK, true, words.suppressed()));
                } else if (value == null) {
                    cells.add(new Cell(words.none(), true));
                } else if (value instanceof BigDecimal number && percentColumns.contains(column)) {
                    cells.add(number.signum() < 0 ? new Cell(words.away(), false)
                            : new Cell(java.text.MessageFormat.format(words.percent(), formats.whole(number)), true));
                } else if (value instanceof BigDecimal number) {
                    cells.add(new Cell(formats.number(number), true));
                } else {
                    cells.add(new Cell(value.toString(), false));
                }
            }
            return List.copyOf(cells);
        }).toList();
        if (SuppressedCells.anyIn(table.rows())) {
            notes.add(words.legend());
        }
        return new ShownTable(table.name(), table.title(), header, rows, notes, csv, xlsx);
    }

    /** The columns (never the first) whose every row holds the same long text, in a table of two rows or more. */
    private static java.util.Set<Integer> repeatedColumns(PublicTable table) {
        var repeated = new java.util.HashSet<Integer>();
        if (table.rows().size() < 2) {
            return repeated;
        }
        for (int column = 1; column < table.header().size(); column++) {
            int index = column;
            var first = table.rows().get(0).size() > index ? table.rows().get(0).get(index) : null;
            if (first instanceof String text && text.length() >= LONG_TEXT && table.rows().stream()
                    .allMatch(row -> row.size() > index && text.equals(row.get(index)))) {
                repeated.add(column);
            }
        }
        return repeated;
    }

    /** Long tables are folded away under their chart; short ones stay open. */
    public boolean isLong() {
        return rows.size() > 12;
    }
}
