package org.ariadne.publication.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.ariadne.publication.PublicTable;

/**
 * A table as the page shows it: every cell text in the reader's language (numbers with the language's separators,
 * a dash for nothing) and which cells are numbers, so they line up on the right; with its two downloads.
 */
record ShownTable(String name, String title, List<String> header, List<List<Cell>> rows, String csv, String xlsx) {

    record Cell(String text, boolean number) {
    }

    static ShownTable of(PublicTable table, Locale locale, String none, String csv, String xlsx) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        var rows = table.rows().stream().map(row -> row.stream().map(value -> {
            if (value == null) {
                return new Cell(none, true);
            }
            if (value instanceof BigDecimal number) {
                return new Cell(format.format(number), true);
            }
            return new Cell(value.toString(), false);
        }).toList()).toList();
        return new ShownTable(table.name(), table.title(), table.header(), rows, csv, xlsx);
    }

    /** Long tables are folded away under their chart; short ones stay open. */
    public boolean isLong() {
        return rows.size() > 12;
    }
}
