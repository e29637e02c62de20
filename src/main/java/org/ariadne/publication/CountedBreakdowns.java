package org.ariadne.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.dashboards.DashboardChart;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.dashboards.PlanDashboard;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.progress.IndicatorProgress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A year's counts of persons broken down by disaggregation ("Victims identified: 2024 by sex × age group"), for the
 * published figures. Each table is the indicator's breakdown as its dashboard draws it, from accepted values only,
 * with row, column and grand totals, and goes through {@link DisclosureControl} before it is kept: small counts and
 * their complements are stored as the mark, never as numbers, so nothing read from the snapshot holds them.
 *
 * <p>Only indicators whose values add up as counts (a number, summed over the year) are tables of counts;
 * percentages, levels and money are not, and are not published here. A breakdown with a figure that is not a whole
 * number is no count of persons either and is left out.
 */
@Component
class CountedBreakdowns {

    static final String PREFIX = "indicator-";
    /** The columns of the value and the progress in the dashboards' table of indicators behind. */
    private static final int OFF_TRACK_VALUE = 3;
    private static final int OFF_TRACK_PROGRESS = 6;
    private static final String BREAKDOWN = "breakdown-";

    private final DashboardCharts dashboards;
    private final DisclosureControl disclosure;
    private final MessageSource messages;

    CountedBreakdowns(DashboardCharts dashboards, DisclosureControl disclosure, MessageSource messages) {
        this.dashboards = dashboards;
        this.disclosure = disclosure;
        this.messages = messages;
    }

    /** The indicators of the plan whose yearly breakdowns are counts. */
    List<IndicatorProgress> countedIndicators(long planId, int year) {
        return dashboards.progressAsPublished(planId, DashboardFilter.year(year)).indicators()
                .filter(progress -> counts(progress.indicator())).toList();
    }

    /** Values that are counts of what happened (persons, cases), added up over the year. */
    static boolean counts(IndicatorView indicator) {
        return !indicator.disaggregations().isEmpty() && indicator.type() == IndicatorType.NUMBER
                && indicator.effectiveAggregation() == Aggregation.SUM;
    }

    /**
     * The protected breakdown tables of these indicators in the year, worded in one language: the counts of the
     * indicator's breakdowns, hidden where the indicator's published detail hides them
     * ({@link DashboardCharts#indicatorAsPublished}). There the breakdowns of one indicator are protected together
     * (a grid's totals as the lists show them, one grand total for all, hidden where the year's value is) and, for an
     * indicator taken from the victim register, as the year's published statistics show the same persons.
     */
    List<PublicTable> tables(List<IndicatorProgress> indicators, int year, Locale locale) {
        var tables = new ArrayList<PublicTable>();
        for (var progress : indicators) {
            var indicator = progress.indicator();
            var exact = dashboards.indicator(indicator.id(), DashboardFilter.year(year), locale);
            var published = dashboards.indicatorAsPublished(indicator.id(), DashboardFilter.year(year), locale);
            for (var chart : exact.breakdowns()) {
                var hidden = published.breakdowns().stream().filter(p -> p.name().equals(chart.name())).findFirst()
                        .map(DashboardChart::suppressed).orElse(null);
                if (hidden != null) {
                    table(indicator, chart, hidden, year, locale).ifPresent(tables::add);
                }
            }
        }
        return tables;
    }

    /**
     * The dashboard's indicators behind, with the year's value of a counted indicator hidden where it is too small,
     * or where its breakdown hides its total (the two would give each other away); its progress too, since baseline,
     * target and progress give the value back.
     */
    PublicTable offTrack(PlanDashboard dashboard, List<PublicTable> breakdowns) {
        var table = dashboard.offTrackTable();
        var hiddenTotals = new java.util.HashSet<String>();
        for (var breakdown : breakdowns) {
            if (hidesTotal(breakdown)) {
                hiddenTotals.add(breakdown.name().substring(0, breakdown.name().indexOf('-', PREFIX.length()) + 1));
            }
        }
        var rows = new ArrayList<List<Object>>();
        for (int i = 0; i < table.rows().size(); i++) {
            var row = new ArrayList<Object>(table.rows().get(i));
            var progress = dashboard.offTrack().get(i).progress();
            var indicator = progress.indicator();
            boolean counted = indicator.type() == IndicatorType.NUMBER
                    && indicator.effectiveAggregation() == Aggregation.SUM;
            var value = progress.value();
            if (counted && value != null && (hiddenTotals.contains(PREFIX + indicator.id() + "-")
                    || (value.signum() > 0 && value.compareTo(BigDecimal.valueOf(disclosure.threshold())) < 0))) {
                row.set(OFF_TRACK_VALUE, SuppressedCells.MARK);
                row.set(OFF_TRACK_PROGRESS, SuppressedCells.MARK);
            }
            rows.add(row);
        }
        return new PublicTable(table.name(), table.title(), table.header(), rows);
    }

    /** Whether a breakdown hides its grand total (the last cell of its last row). */
    private static boolean hidesTotal(PublicTable breakdown) {
        var last = breakdown.rows().get(breakdown.rows().size() - 1);
        return SuppressedCells.isMark(last.get(last.size() - 1));
    }

    private Optional<PublicTable> table(IndicatorView indicator, DashboardChart breakdown, java.util.Set<String> hidden,
            int year, Locale locale) {
        var chart = breakdown.chart();
        var rows = chart.categories();
        var columns = new ArrayList<>(chart.series().keySet());
        if (rows.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        boolean grid = chart.kind() == org.ariadne.common.charts.Chart.Kind.STACKED_BARS;
        var counts = new long[rows.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            var values = chart.series().get(columns.get(c));
            for (int r = 0; r < rows.size(); r++) {
                var count = whole(r < values.size() ? values.get(r) : null);
                if (count == null) {
                    return Optional.empty();
                }
                counts[r][c] = count;
            }
        }
        var total = text("publication.column.total", locale);
        var name = PREFIX + indicator.id() + "-" + breakdown.name().replaceFirst("^" + BREAKDOWN, "");
        var dimensions = dimensions(indicator, breakdown.name(), locale).orElse(breakdown.categoryLabel());
        var title = messages.getMessage("publication.figures.breakdown.title",
                new Object[] {indicator.name(), Integer.toString(year), dimensions}, locale);
        var header = new ArrayList<String>();
        header.add(breakdown.categoryLabel());
        var published = new ArrayList<List<Object>>();
        if (grid) {
            header.addAll(columns);
            header.add(total);
        } else {
            header.add(text("publication.column.count", locale));
        }
        for (int r = 0; r <= rows.size(); r++) {
            boolean totals = r == rows.size();
            var line = new ArrayList<Object>();
            line.add(totals ? total : rows.get(r));
            long sum = 0;
            for (int c = 0; c < columns.size(); c++) {
                long count = totals ? column(counts, c) : counts[r][c];
                sum += count;
                if (grid) {
                    line.add(shown(count, hidden, totals ? DashboardChart.columnTotal(c + 1)
                            : DashboardChart.cell(r, c + 1)));
                }
            }
            line.add(shown(sum, hidden, totals ? DashboardChart.GRAND_TOTAL
                    : grid ? DashboardChart.rowTotal(r) : DashboardChart.cell(r, 1)));
            published.add(line);
        }
        return Optional.of(new PublicTable(name, title, header, published));
    }

    private static long column(long[][] counts, int c) {
        long sum = 0;
        for (var row : counts) {
            sum += row[c];
        }
        return sum;
    }

    /** A published count, or the mark where the indicator's published detail hides it. */
    private Object shown(long count, java.util.Set<String> hidden, String position) {
        return hidden.contains(position) ? SuppressedCells.MARK : BigDecimal.valueOf(count);
    }

    /** "Sex × age group": the names of the dimensions of the breakdown of that name ("breakdown-sex-age-group"). */
    private Optional<String> dimensions(IndicatorView indicator, String chartName, Locale locale) {
        var ordered = indicator.disaggregations().stream().sorted().toList();
        for (var first : ordered) {
            if (chartName.equals(BREAKDOWN + token(first))) {
                return Optional.of(text(first.messageKey(), locale));
            }
            for (var second : ordered) {
                if (chartName.equals(BREAKDOWN + token(first) + "-" + token(second))) {
                    return Optional.of(text(first.messageKey(), locale) + " × " + text(second.messageKey(), locale));
                }
            }
        }
        return Optional.empty();
    }

    private static String token(Disaggregation dimension) {
        return dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A count: nothing reported is none; a figure with a fraction or below zero is not a count. */
    private static Long whole(Number value) {
        if (value == null) {
            return 0L;
        }
        var number = new BigDecimal(value.toString());
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return number.longValueExact();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
