package org.ariadne.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.charts.Chart;
import org.ariadne.dashboards.DashboardChart;

/**
 * A chart as published: what it shows, not a drawing. The portal draws it again from these figures, and its table is
 * exactly the figures it is drawn from.
 */
public record PublicChart(String name, Chart.Kind kind, String title, String valueAxis, String categoryLabel,
        List<String> categories, Map<String, List<BigDecimal>> series, Map<String, BigDecimal> references) {

    public PublicChart {
        categories = List.copyOf(categories);
        var seriesCopy = new LinkedHashMap<String, List<BigDecimal>>();
        series.forEach((key, values) -> seriesCopy.put(key, values.stream().map(PublicChart::number).toList()));
        series = java.util.Collections.unmodifiableMap(seriesCopy);
        var referencesCopy = new LinkedHashMap<String, BigDecimal>();
        if (references != null) {
            references.forEach((key, value) -> referencesCopy.put(key, number(value)));
        }
        references = java.util.Collections.unmodifiableMap(referencesCopy);
    }

    static PublicChart of(DashboardChart dashboardChart) {
        var chart = dashboardChart.chart();
        var series = new LinkedHashMap<String, List<BigDecimal>>();
        chart.series().forEach((key, values) -> series.put(key, values.stream().map(PublicChart::number).toList()));
        var references = new LinkedHashMap<String, BigDecimal>();
        chart.references().forEach((key, value) -> references.put(key, number(value)));
        return new PublicChart(dashboardChart.name(), chart.kind(), chart.title(), chart.valueAxis(),
                dashboardChart.categoryLabel(), chart.categories(), series, references);
    }

    /** The chart to draw. */
    public Chart chart() {
        var values = new LinkedHashMap<String, List<Number>>();
        series.forEach((key, list) -> values.put(key, new ArrayList<Number>(list)));
        return new Chart(kind, title, valueAxis, categories, values, new LinkedHashMap<String, Number>(references));
    }

    /** The figures the chart is drawn from: one row per category, one column per series. */
    public PublicTable table() {
        var rows = chart().table(categoryLabel);
        var header = rows.get(0).stream().map(String::valueOf).toList();
        return new PublicTable(name, title, header, rows.subList(1, rows.size()));
    }

    private static BigDecimal number(Number value) {
        if (value == null) {
            return null;
        }
        return PublicTable.tidy(value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString()));
    }
}
