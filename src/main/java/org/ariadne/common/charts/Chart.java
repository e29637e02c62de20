package org.ariadne.common.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a chart shows, independent of how it is drawn: categories along one axis, one or more named series of
 * values, and optional reference lines (a baseline, a target). The same description is drawn as SVG for pages and
 * as PNG for Word and PDF reports ({@link ChartDrawing}), and is also the table shown under every chart.
 */
public record Chart(Kind kind, String title, String valueAxis, List<String> categories, Map<String, List<Number>> series,
        Map<String, Number> references) {

    public enum Kind {
        BARS, STACKED_BARS, HORIZONTAL_BARS, STACKED_HORIZONTAL_BARS, LINE
    }

    public Chart {
        categories = List.copyOf(categories);
        var copy = new LinkedHashMap<String, List<Number>>();
        for (var entry : series.entrySet()) {
            if (entry.getValue().size() != categories.size()) {
                throw new IllegalArgumentException("series " + entry.getKey() + " has " + entry.getValue().size()
                        + " values for " + categories.size() + " categories");
            }
            copy.put(entry.getKey(), java.util.Collections.unmodifiableList(new ArrayList<>(entry.getValue())));
        }
        series = java.util.Collections.unmodifiableMap(copy);
        references = references == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
    }

    public static Builder of(Kind kind, String title) {
        return new Builder(kind, title);
    }

    /** The table behind the chart: a header row (the category label, then the series) and one row per category. */
    public List<List<Object>> table(String categoryLabel) {
        var rows = new ArrayList<List<Object>>();
        var header = new ArrayList<Object>();
        header.add(categoryLabel);
        header.addAll(series.keySet());
        rows.add(header);
        for (int i = 0; i < categories.size(); i++) {
            var row = new ArrayList<Object>();
            row.add(categories.get(i));
            for (var values : series.values()) {
                row.add(values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }

    /** Builds a chart series by series. */
    public static final class Builder {
        private final Kind kind;
        private final String title;
        private String valueAxis = "";
        private final List<String> categories = new ArrayList<>();
        private final Map<String, List<Number>> series = new LinkedHashMap<>();
        private final Map<String, Number> references = new LinkedHashMap<>();

        private Builder(Kind kind, String title) {
            this.kind = kind;
            this.title = title;
        }

        public Builder valueAxis(String label) {
            valueAxis = label;
            return this;
        }

        public Builder categories(List<String> names) {
            categories.addAll(names);
            return this;
        }

        public Builder series(String name, List<? extends Number> values) {
            series.put(name, new ArrayList<>(values));
            return this;
        }

        public Builder reference(String name, Number value) {
            if (value != null) {
                references.put(name, value);
            }
            return this;
        }

        public Chart build() {
            return new Chart(kind, title, valueAxis, categories, series, references);
        }
    }
}
