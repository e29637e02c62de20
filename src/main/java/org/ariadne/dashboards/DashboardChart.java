package org.ariadne.dashboards;

import java.util.List;

import org.ariadne.common.charts.Chart;

/**
 * A chart of a dashboard: the name it is asked for by ({@code ?chart=statuses}), what it shows, and the heading of
 * its category column. Its table is exactly {@link Chart#table} — the page, the downloads and the annual report all
 * show the numbers the chart was drawn from.
 */
public record DashboardChart(String name, Chart chart, String categoryLabel) {

    public DashboardTable table() {
        var rows = chart.table(categoryLabel);
        var header = rows.get(0).stream().map(String::valueOf).toList();
        return new DashboardTable(name, chart.title(), header, rows.subList(1, rows.size()));
    }

    public List<String> categories() {
        return chart.categories();
    }

    public boolean isEmpty() {
        return chart.isEmpty();
    }
}
