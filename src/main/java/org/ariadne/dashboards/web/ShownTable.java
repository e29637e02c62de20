package org.ariadne.dashboards.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.dashboards.DashboardTable;

/**
 * A table as the page shows it: every cell already text in the reader's language (numbers with the language's
 * separators, nothing for an empty cell but a dash), and which cells are numbers so they line up on the right.
 */
record ShownTable(String name, String title, List<String> header, List<List<Cell>> rows) {

    record Cell(String text, boolean number) {
    }

    static ShownTable of(DashboardTable table, Locale locale, String none) {
        var format = Formats.of(locale);
        var rows = table.rows().stream()
                .map(row -> row.stream().map(value -> cell(value, format, none)).toList())
                .toList();
        return new ShownTable(table.name(), table.title(), table.header(), rows);
    }

    static Cell cell(Object value, Formats format, String none) {
        if (value == null) {
            // an empty figure sits where the figures are, on the right
            return new Cell(none, true);
        }
        if (org.ariadne.common.disclosure.SuppressedCells.isMark(value)) {
            // a suppressed count sits where the figures are
            return new Cell(value.toString(), true);
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long || value instanceof Double) {
            return new Cell(format.number((Number) value), true);
        }
        if (value instanceof LocalDate date) {
            return new Cell(format.date(date), false);
        }
        if (value instanceof LocalDateTime time) {
            return new Cell(format.dateTime(time), false);
        }
        return new Cell(value.toString(), false);
    }

    /** Long tables are folded away under their chart; short ones stay open. */
    public boolean isLong() {
        return rows.size() > 12;
    }
}
