package org.ariadne.victimdata.web;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.SuppressedCells;

/**
 * A table of the statistics page as it is shown and downloaded: a caption, the headings, and rows whose first cell
 * names the row; each other cell a count (possibly suppressed), a number of days, or nothing.
 */
record ShownStatistics(String id, String caption, List<String> header, List<Row> rows) {

    /** A row: its texts (the first names it, e.g. an institution, then a year), its figures, whether it totals. */
    record Row(List<String> labels, List<Cell> cells, boolean total) {

        Row(String label, List<Cell> cells, boolean total) {
            this(List.of(label), cells, total);
        }
    }

    /** A figure: its value, or suppressed (no value), or nothing recorded (no value, not suppressed). */
    record Cell(Long value, boolean suppressed) {

        static Cell of(Disclosed disclosed) {
            return disclosed.isSuppressed() ? new Cell(null, true) : new Cell(disclosed.value(), false);
        }

        static Cell of(Integer days) {
            return new Cell(days == null ? null : days.longValue(), false);
        }

        /** What a download holds here: the number, the mark of a suppressed count, or an empty cell. */
        Object download() {
            return suppressed ? SuppressedCells.MARK : value;
        }
    }

    /** How many columns hold texts (the row's names) before the figures. */
    public int labelColumns() {
        return rows.isEmpty() ? 1 : rows.get(0).labels().size();
    }

    public boolean hasSuppressed() {
        return rows.stream().anyMatch(row -> row.cells().stream().anyMatch(Cell::suppressed));
    }

    /** The rows as a download writes them. */
    List<List<Object>> downloadRows() {
        var lines = new ArrayList<List<Object>>();
        for (var row : rows) {
            var line = new ArrayList<Object>();
            line.addAll(row.labels());
            row.cells().forEach(cell -> line.add(cell.download()));
            lines.add(line);
        }
        return lines;
    }
}
