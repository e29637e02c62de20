package org.ariadne.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ariadne.common.charts.Chart;
import org.ariadne.common.disclosure.SuppressedCells;

/**
 * A chart of a dashboard: the name it is asked for by ({@code ?chart=statuses}), what it shows, and the heading of
 * its category column. Its table is exactly {@link Chart#table} — the page, the downloads and the annual report all
 * show the numbers the chart was drawn from — except for {@code suppressed} cells: counts the reader may only see
 * through the disclosure rule, missing from the chart and written as {@link SuppressedCells#MARK} in the table.
 *
 * @param suppressed the suppressed cells of the table as {@link #cell(int, int)} (row from 0, column from 1: the
 *                   first series); for a breakdown whose counts the disclosure rule protected, also the totals it hid,
 *                   which the chart's table does not show but a published table of the breakdown does
 *                   ({@link #rowTotal}, {@link #columnTotal}, {@link #GRAND_TOTAL})
 */
@org.springframework.modulith.NamedInterface("api")
public record DashboardChart(String name, Chart chart, String categoryLabel, Set<String> suppressed) {

    public DashboardChart {
        suppressed = Set.copyOf(suppressed);
    }

    public DashboardChart(String name, Chart chart, String categoryLabel) {
        this(name, chart, categoryLabel, Set.of());
    }

    /** The key of the grand total among the suppressed positions. */
    public static final String GRAND_TOTAL = "total:total";

    /** The key of a row's total among the suppressed positions. */
    public static String rowTotal(int row) {
        return row + ":total";
    }

    /** The key of a column's total (1 for the first series) among the suppressed positions. */
    public static String columnTotal(int column) {
        return "total:" + column;
    }

    /** The key of a cell of the table: its row among the categories and its column (1 for the first series). */
    public static String cell(int row, int column) {
        return row + ":" + column;
    }

    public DashboardTable table() {
        var rows = chart.table(categoryLabel);
        var header = rows.get(0).stream().map(String::valueOf).toList();
        var body = new ArrayList<List<Object>>();
        for (int r = 1; r < rows.size(); r++) {
            var row = new ArrayList<Object>(rows.get(r));
            for (int c = 1; c < row.size(); c++) {
                if (suppressed.contains(cell(r - 1, c))) {
                    row.set(c, SuppressedCells.MARK);
                }
            }
            body.add(row);
        }
        return new DashboardTable(name, chart.title(), header, body);
    }

    public List<String> categories() {
        return chart.categories();
    }

    public boolean isEmpty() {
        return chart.isEmpty();
    }
}
