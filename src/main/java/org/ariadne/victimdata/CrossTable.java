package org.ariadne.victimdata;

import java.util.List;

/**
 * Persons and cases by up to three dimensions: rows, columns (may be none), and a third as separate tables (layers;
 * a single layer without category when there is none). In an exact table, cells count distinct persons and distinct
 * cases, and every total counts each person and case once, however many cells they are in (a person identified in two
 * years, a case with two forms): a total is not the sum of its cells. In a protected table ({@code exact} false) small
 * counts and their complements are suppressed, and totals are the sums of the cells, as disclosure control needs them.
 */
public record CrossTable(StatisticsDimension rows, StatisticsDimension columns, StatisticsDimension layers,
        List<StatisticsCategory> rowCategories, List<StatisticsCategory> columnCategories, List<Layer> tables,
        boolean exact) {

    public CrossTable {
        rowCategories = List.copyOf(rowCategories);
        columnCategories = List.copyOf(columnCategories);
        tables = List.copyOf(tables);
    }

    /** Whether a case can be in several cells (a dimension is the form of exploitation): the note says so. */
    public boolean countsCasesInSeveralCells() {
        return rows.countsCasesInSeveralCategories() || (columns != null && columns.countsCasesInSeveralCategories())
                || (layers != null && layers.countsCasesInSeveralCategories());
    }

    /** Whether any count of the table is suppressed. */
    public boolean hasSuppressed() {
        return tables.stream().anyMatch(Layer::hasSuppressed);
    }

    /**
     * One table: a line per row category (its cells in column order, then its total), and the line of column totals
     * with the grand total.
     */
    public record Layer(StatisticsCategory category, List<Line> lines, Line totals) {

        public Layer {
            lines = List.copyOf(lines);
        }

        boolean hasSuppressed() {
            return java.util.stream.Stream.concat(lines.stream(), java.util.stream.Stream.of(totals))
                    .anyMatch(Line::hasSuppressed);
        }
    }

    /** A row: its category (null for the totals' line), its cells and its total. */
    public record Line(StatisticsCategory category, List<StatisticsCount> cells, StatisticsCount total) {

        public Line {
            cells = List.copyOf(cells);
        }

        boolean hasSuppressed() {
            return java.util.stream.Stream.concat(cells.stream(), java.util.stream.Stream.of(total))
                    .anyMatch(count -> count.persons().isSuppressed() || count.cases().isSuppressed());
        }
    }
}
