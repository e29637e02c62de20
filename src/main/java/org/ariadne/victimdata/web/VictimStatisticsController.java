package org.ariadne.victimdata.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.ariadne.common.charts.Chart;
import org.ariadne.common.charts.ChartDrawing;
import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.web.FileDownload;
import org.ariadne.victimdata.CrossTable;
import org.ariadne.victimdata.DelayInterval;
import org.ariadne.victimdata.EurostatRow;
import org.ariadne.victimdata.ReferralDelays;
import org.ariadne.victimdata.RetraffickingTrend;
import org.ariadne.victimdata.StatisticsCategory;
import org.ariadne.victimdata.StatisticsCount;
import org.ariadne.victimdata.StatisticsDimension;
import org.ariadne.victimdata.VictimStatistics;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register's statistics page and its downloads: a cross table of persons and cases by up to three dimensions,
 * the re-trafficking trend and the referral delays, each chart with its table, and the aggregate export in Eurostat's
 * breakdown and the IOM data standard's names. Everything comes from {@link VictimStatistics}, which decides who
 * reads exact figures and who protected ones; this controller only words and draws them. Plain GET forms: works
 * without JavaScript.
 */
@Controller
class VictimStatisticsController {

    static final String PATH = "/victim-data/statistics";
    private static final int WIDTH = 760;

    private final VictimStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    VictimStatisticsController(VictimStatistics statistics, MessageSource messages, Clock clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("query") StatisticsQuery query, BindingResult unreadable, Model model,
            Locale locale) {
        var filter = query.filter();
        var cross = statistics.crossTable(filter, query.dimensions());
        var trend = statistics.retrafficking(filter);
        var delays = statistics.delays(filter);
        var total = trend.total();
        model.addAttribute("query", query);
        boolean exact = statistics.readsExactFigures();
        model.addAttribute("exact", exact);
        model.addAttribute("protectedYear", exact ? null : statistics.protectedYear(filter).fromYear());
        model.addAttribute("threshold", statistics.threshold());
        model.addAttribute("years", statistics.years());
        model.addAttribute("institutions", statistics.identifyingInstitutions());
        // a protected reader's tables are of one year: the year is chosen apart, never a dimension
        model.addAttribute("dimensions", java.util.Arrays.stream(StatisticsDimension.values())
                .filter(dimension -> exact || dimension != StatisticsDimension.YEAR).toList());
        model.addAttribute("intervals", DelayInterval.values());
        model.addAttribute("headline", total);
        model.addAttribute("headlineCells", Map.of("persons", ShownStatistics.Cell.of(total.persons()),
                "cases", ShownStatistics.Cell.of(total.cases()),
                "retrafficked", ShownStatistics.Cell.of(total.retraffickedPersons()),
                "several", ShownStatistics.Cell.of(total.reportedBySeveral())));
        model.addAttribute("chosenInstitutions", query.institution().stream().map(String::valueOf).toList());
        model.addAttribute("counts", StatisticsQuery.Shown.values());
        model.addAttribute("cross", cross);
        model.addAttribute("crossTables", crossTables(cross, query, locale));
        var trendTable = trendTable(trend, locale);
        model.addAttribute("trendTable", trendTable);
        model.addAttribute("trendChart", svg(trendChart(trend, locale), locale));
        var delaysChart = delaysChart(delays, query.interval(), locale);
        model.addAttribute("delaysChart", svg(delaysChart, locale));
        model.addAttribute("delaysChartTable", chartTable("delays-chart", delaysChart, locale));
        model.addAttribute("delaysTable", delaysTable(delays, locale));
        model.addAttribute("links", links(query));
        return "victimdata/statistics";
    }

    /** One table of the page as CSV or Excel: {@code table=cross} (default), {@code trend} or {@code delays}. */
    @GetMapping(PATH + "/table.{format:csv|xlsx}")
    ResponseEntity<byte[]> table(@PathVariable String format, @ModelAttribute("query") StatisticsQuery query,
            BindingResult unreadable, Locale locale) {
        var filter = query.filter();
        var name = query.table() == null ? "cross" : query.table();
        ShownStatistics shown;
        switch (name) {
            case "trend" -> shown = trendTable(statistics.retrafficking(filter), locale);
            case "delays" -> shown = delaysTable(statistics.delays(filter), locale);
            default -> {
                name = "cross";
                var tables = crossTables(statistics.crossTable(filter, query.dimensions()), query, locale);
                shown = joined(tables, locale);
            }
        }
        var rows = new ArrayList<List<Object>>(shown.downloadRows());
        if (shown.hasSuppressed()) {
            rows.add(List.of(text("common.disclosure.legend", locale, statistics.threshold())));
        }
        return FileDownload.table(format, "victim-statistics-" + name + "-" + LocalDate.now(clock),
                sheet(shown.caption()), shown.header(), rows);
    }

    /**
     * The aggregate export: Eurostat's breakdown ({@code layout=eurostat}, default) or the same figures under the
     * IOM Human Trafficking Case Data Standard's names ({@code layout=htcds}). Protected figures unless an exact
     * reader asks for exact ones ({@code exact=true}).
     */
    @GetMapping(PATH + "/export.{format:csv|xlsx}")
    ResponseEntity<byte[]> export(@PathVariable String format, @ModelAttribute("query") StatisticsQuery query,
            BindingResult unreadable, Locale locale) {
        var rows = statistics.eurostat(query.filter(), query.exactAsked());
        boolean exact = query.exactAsked() && statistics.readsExactFigures();
        boolean htcds = "htcds".equals(query.layout());
        var lines = new ArrayList<List<Object>>();
        for (var row : rows) {
            lines.add(htcds ? HtcdsNames.line(row) : eurostatLine(row));
        }
        if (rows.stream().anyMatch(row -> row.persons().isSuppressed() || row.cases().isSuppressed())) {
            lines.add(List.of(text("common.disclosure.legend", locale, statistics.threshold())));
        }
        var header = htcds ? HtcdsNames.HEADER : eurostatHeader(locale);
        var stem = "victim-statistics-" + (htcds ? "htcds" : "eurostat") + (exact ? "-exact" : "-protected") + "-"
                + LocalDate.now(clock);
        return FileDownload.table(format, stem, sheet(text(htcds ? "victimdata.statistics.export.htcds"
                : "victimdata.statistics.export.eurostat", locale)), header, lines);
    }

    // ---- the tables as shown ----

    private List<ShownStatistics> crossTables(CrossTable cross, StatisticsQuery query, Locale locale) {
        var shown = new ArrayList<ShownStatistics>();
        var header = new ArrayList<String>();
        header.add(text(cross.rows().messageKey(), locale));
        if (cross.columns() != null) {
            for (var column : cross.columnCategories()) {
                headings(header, label(cross.columns(), column, locale), query, locale);
            }
        }
        headings(header, text("victimdata.statistics.total", locale), query, locale);
        var title = cross.columns() == null
                ? text("victimdata.statistics.cross.title-one", locale, text(cross.rows().messageKey(), locale))
                : text("victimdata.statistics.cross.title", locale, text(cross.rows().messageKey(), locale),
                        text(cross.columns().messageKey(), locale));
        int index = 0;
        for (var layer : cross.tables()) {
            var caption = layer.category() == null ? title
                    : text("victimdata.statistics.cross.layer", locale, title, text(cross.layers().messageKey(), locale),
                            label(cross.layers(), layer.category(), locale));
            var rows = new ArrayList<ShownStatistics.Row>();
            for (var line : layer.lines()) {
                rows.add(new ShownStatistics.Row(label(cross.rows(), line.category(), locale),
                        cells(line, query), false));
            }
            rows.add(new ShownStatistics.Row(text("victimdata.statistics.total", locale), cells(layer.totals(), query),
                    true));
            shown.add(new ShownStatistics("cross-" + index++, caption, header, rows));
        }
        return shown;
    }

    private void headings(List<String> header, String label, StatisticsQuery query, Locale locale) {
        if (query.persons()) {
            header.add(text("victimdata.statistics.heading.persons", locale, label));
        }
        if (query.cases()) {
            header.add(text("victimdata.statistics.heading.cases", locale, label));
        }
    }

    private static List<ShownStatistics.Cell> cells(CrossTable.Line line, StatisticsQuery query) {
        var cells = new ArrayList<ShownStatistics.Cell>();
        for (var count : line.cells()) {
            add(cells, count, query);
        }
        add(cells, line.total(), query);
        return cells;
    }

    private static void add(List<ShownStatistics.Cell> cells, StatisticsCount count, StatisticsQuery query) {
        if (query.persons()) {
            cells.add(ShownStatistics.Cell.of(count.persons()));
        }
        if (query.cases()) {
            cells.add(ShownStatistics.Cell.of(count.cases()));
        }
    }

    /** The layers of a cross table as one download: the layer's category as the first column. */
    private ShownStatistics joined(List<ShownStatistics> tables, Locale locale) {
        if (tables.size() <= 1) {
            return tables.isEmpty() ? new ShownStatistics("cross", text("victimdata.statistics.cross.heading", locale),
                    List.of(), List.of()) : tables.get(0);
        }
        var header = new ArrayList<String>();
        header.add(text("victimdata.statistics.table", locale));
        header.addAll(tables.get(0).header());
        var rows = new ArrayList<ShownStatistics.Row>();
        for (var table : tables) {
            for (var row : table.rows()) {
                var labels = new ArrayList<String>();
                labels.add(table.caption());
                labels.addAll(row.labels());
                rows.add(new ShownStatistics.Row(labels, row.cells(), row.total()));
            }
        }
        return new ShownStatistics("cross", text("victimdata.statistics.cross.heading", locale), header, rows);
    }

    private ShownStatistics trendTable(RetraffickingTrend trend, Locale locale) {
        var header = List.of(text("victimdata.statistics.dimension.year", locale),
                text("victimdata.statistics.trend.persons", locale), text("victimdata.statistics.trend.cases", locale),
                text("victimdata.statistics.trend.retrafficked-persons", locale),
                text("victimdata.statistics.trend.retrafficked-cases", locale),
                text("victimdata.statistics.trend.several", locale));
        var rows = new ArrayList<ShownStatistics.Row>();
        for (var year : trend.years()) {
            rows.add(new ShownStatistics.Row(year.year().toString(), trendCells(year), false));
        }
        rows.add(new ShownStatistics.Row(text("victimdata.statistics.all-years", locale), trendCells(trend.total()),
                true));
        return new ShownStatistics("trend", text("victimdata.statistics.trend.title", locale), header, rows);
    }

    private static List<ShownStatistics.Cell> trendCells(RetraffickingTrend.Year year) {
        return List.of(ShownStatistics.Cell.of(year.persons()), ShownStatistics.Cell.of(year.cases()),
                ShownStatistics.Cell.of(year.retraffickedPersons()), ShownStatistics.Cell.of(year.retraffickedCases()),
                ShownStatistics.Cell.of(year.reportedBySeveral()));
    }

    private ShownStatistics delaysTable(ReferralDelays delays, Locale locale) {
        var header = List.of(text("victimdata.statistics.dimension.identifying-institution", locale),
                text("victimdata.statistics.dimension.year", locale), text("victimdata.statistics.delays.interval", locale),
                text("victimdata.statistics.delays.measured", locale), text("victimdata.statistics.delays.median", locale),
                text("victimdata.statistics.delays.p90", locale));
        var rows = new ArrayList<ShownStatistics.Row>();
        for (var row : delays.rows()) {
            rows.add(new ShownStatistics.Row(List.of(row.institution().label(), Integer.toString(row.year()),
                    text(row.interval().messageKey(), locale)),
                    List.of(ShownStatistics.Cell.of(row.measured()), ShownStatistics.Cell.of(row.medianDays()),
                            ShownStatistics.Cell.of(row.percentile90Days())), false));
        }
        return new ShownStatistics("delays", text("victimdata.statistics.delays.title", locale), header, rows);
    }

    // ---- charts ----

    private Chart trendChart(RetraffickingTrend trend, Locale locale) {
        var years = trend.years().stream().map(year -> year.year().toString()).toList();
        return Chart.of(years.size() > 1 ? Chart.Kind.LINE : Chart.Kind.BARS,
                        text("victimdata.statistics.trend.title", locale))
                .valueAxis(text("victimdata.statistics.trend.persons", locale))
                .categories(years)
                .series(text("victimdata.statistics.trend.persons", locale),
                        trend.years().stream().map(year -> value(year.persons())).toList())
                .series(text("victimdata.statistics.trend.retrafficked-persons", locale),
                        trend.years().stream().map(year -> value(year.retraffickedPersons())).toList())
                .series(text("victimdata.statistics.trend.several", locale),
                        trend.years().stream().map(year -> value(year.reportedBySeveral())).toList())
                .build();
    }

    /** The median days of one interval by year, a series per institution. */
    private Chart delaysChart(ReferralDelays delays, DelayInterval interval, Locale locale) {
        var rows = delays.rows().stream().filter(row -> row.interval() == interval).toList();
        var years = new TreeSet<Integer>();
        var byInstitution = new LinkedHashMap<String, Map<Integer, Integer>>();
        for (var row : rows) {
            years.add(row.year());
            byInstitution.computeIfAbsent(row.institution().label(), name -> new LinkedHashMap<>())
                    .put(row.year(), row.medianDays());
        }
        var chart = Chart.of(years.size() > 1 ? Chart.Kind.LINE : Chart.Kind.BARS,
                        text("victimdata.statistics.delays.chart", locale, text(interval.messageKey(), locale)))
                .valueAxis(text("victimdata.statistics.delays.median", locale))
                .categories(years.stream().map(Object::toString).toList());
        byInstitution.forEach((name, medians) -> chart.series(name,
                years.stream().map(year -> (Number) medians.get(year)).toList()));
        return chart.build();
    }

    private String svg(Chart chart, Locale locale) {
        return chart.isEmpty() ? null : ChartDrawing.pageSvg(chart, WIDTH, locale);
    }

    /** The chart's own figures as a table, as every chart has one. */
    private ShownStatistics chartTable(String id, Chart chart, Locale locale) {
        var header = new ArrayList<String>();
        header.add(text("victimdata.statistics.dimension.year", locale));
        header.addAll(chart.series().keySet());
        var rows = new ArrayList<ShownStatistics.Row>();
        for (int i = 0; i < chart.categories().size(); i++) {
            var cells = new ArrayList<ShownStatistics.Cell>();
            for (var values : chart.series().values()) {
                var value = values.get(i);
                cells.add(ShownStatistics.Cell.of(value == null ? null : value.intValue()));
            }
            rows.add(new ShownStatistics.Row(chart.categories().get(i), cells, false));
        }
        return new ShownStatistics(id, chart.title(), header, rows);
    }

    private static Long value(Disclosed disclosed) {
        return disclosed.isSuppressed() ? null : disclosed.value();
    }

    // ---- the export ----

    private List<String> eurostatHeader(Locale locale) {
        return List.of("victimdata.statistics.dimension.year", "victimdata.statistics.dimension.status",
                "victimdata.statistics.dimension.sex", "victimdata.statistics.export.age",
                "victimdata.statistics.dimension.citizenship", "victimdata.statistics.dimension.form",
                "victimdata.statistics.persons", "victimdata.statistics.cases").stream()
                .map(key -> text(key, locale)).toList();
    }

    private static List<Object> eurostatLine(EurostatRow row) {
        var line = new ArrayList<Object>();
        line.add(row.year());
        line.add(row.status());
        line.add(row.sex());
        line.add(row.age());
        line.add(row.citizenship());
        line.add(row.form());
        line.add(ShownStatistics.Cell.of(row.persons()).download());
        line.add(ShownStatistics.Cell.of(row.cases()).download());
        return line;
    }

    // ---- links and words ----

    /** The downloads of each table and the export, with the page's choices. */
    private Map<String, Links> links(StatisticsQuery query) {
        var links = new LinkedHashMap<String, Links>();
        for (var table : List.of("cross", "trend", "delays")) {
            links.put(table, new Links(link("/table.csv", query, "table", table), link("/table.xlsx", query, "table",
                    table)));
        }
        links.put("eurostat", new Links(link("/export.csv", query, "layout", "eurostat"),
                link("/export.xlsx", query, "layout", "eurostat")));
        links.put("htcds", new Links(link("/export.csv", query, "layout", "htcds"),
                link("/export.xlsx", query, "layout", "htcds")));
        links.put("eurostat-exact", new Links(link("/export.csv", query, "layout", "eurostat") + "&exact=true",
                link("/export.xlsx", query, "layout", "eurostat") + "&exact=true"));
        links.put("htcds-exact", new Links(link("/export.csv", query, "layout", "htcds") + "&exact=true",
                link("/export.xlsx", query, "layout", "htcds") + "&exact=true"));
        return links;
    }

    private static String link(String suffix, StatisticsQuery query, String name, String value) {
        return UriComponentsBuilder.fromPath(PATH + suffix).queryParams(query.parameters()).queryParam(name, value)
                .encode().build().toUriString();
    }

    /** A table's two downloads. */
    record Links(String csv, String xlsx) {
    }

    private String label(StatisticsDimension dimension, StatisticsCategory category, Locale locale) {
        if (category.unknown()) {
            return text("victimdata.statistics.value.unknown", locale);
        }
        if (category.label() != null) {
            return category.label();
        }
        return text(dimension.valueKey(category.key()), locale);
    }

    /** An XLSX sheet's name: at most 31 characters, none of the ones Excel refuses. */
    private static String sheet(String caption) {
        var cleaned = caption.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
