package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.LongPredicate;

import org.ariadne.common.charts.Chart;
import org.ariadne.common.disclosure.CountTable;
import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.progress.Achievement;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.reporting.Breakdown;
import org.ariadne.reporting.ReportedValues.PeriodValue;
import org.springframework.stereotype.Component;

/**
 * Builds an indicator's detail from its reported values. Values of the same collection period from several
 * institutions are put together the way the indicator adds up: summed when its values add up, otherwise averaged;
 * a percentage from its numerators and denominators when every value has them.
 *
 * <p>Given a disclosure rule (for a reader who sees the indicator's counts only protected, {@code dashboards :: spi}),
 * every figure of the detail goes through it as a published table would ({@link Protection}): the periods of each year
 * with the year's total, each breakdown with its margins and the year's total, the values of each period with the
 * period's value; the running total from the first suppressed period on; the year's value, and then its achievement.
 */
@Component
class IndicatorDetails {

    private static final int TITLE_LENGTH = 90;
    /** The key of a year's total among the positions the year's statistics give. */
    private static final String TOTAL = "";

    private final DashboardTexts texts;

    IndicatorDetails(DashboardTexts texts) {
        this.texts = texts;
    }

    IndicatorDashboard build(PlanHeader plan, IndicatorProgress progress, DashboardFilter filter,
            List<PeriodValue> values, InstitutionDirectory directory, LongPredicate readable, DisclosureControl rule,
            Released released, Locale locale) {
        var indicator = progress.indicator();
        var spans = new TreeMap<Span, List<PeriodValue>>();
        values.forEach(v -> spans.computeIfAbsent(new Span(v.startsOn(), v.endsOn()), key -> new ArrayList<>()).add(v));
        var inYear = new TreeMap<Span, List<PeriodValue>>();
        spans.forEach((span, list) -> {
            if (span.endsOn().getYear() == progress.year()) {
                inYear.put(span, list);
            }
        });
        var breakdownSpans = adds(indicator) || inYear.isEmpty() ? inYear
                : new TreeMap<>(Map.of(inYear.lastKey(), inYear.lastEntry().getValue()));
        String breakdownPeriod = adds(indicator) || inYear.isEmpty() ? Integer.toString(progress.year())
                : SpanLabels.of(inYear.lastKey().startsOn(), inYear.lastKey().endsOn());
        var groups = breakdownGroups(indicator, breakdownSpans);
        var protection = rule == null ? Protection.NONE
                : Protection.of(rule, plan, progress, spans, groups, adds(indicator), released);
        var shownProgress = protection.valueHidden ? new IndicatorProgress(indicator, progress.ownerCode(),
                progress.year(), null, progress.target(), progress.basis(), Achievement.suppressed())
                : progress;
        var shown = values.stream().filter(v -> readable.test(v.institutionId())).toList();
        var reported = reported(shown, protection, directory, locale);
        return new IndicatorDashboard(plan, indicator, progress.ownerCode(), progress.year(), filter, shownProgress,
                trend(plan, progress, spans, protection, locale), breakdowns(groups, protection, breakdownPeriod, locale),
                breakdownPeriod, reported, values.size() - shown.size(), reportedTable(indicator, reported, locale),
                protection.any() ? rule.threshold() : null, protection.valueHidden);
    }

    /**
     * What of an indicator's figures a reader who sees them only through the disclosure rule may not see. Each group
     * of figures that a reader could add up is protected as one table of {@link DisclosureControl}: the periods of a
     * year with the year's total (the running totals and the year's value give it), each breakdown with its margins
     * and grand total (withheld when the year's value is), and the values of a period with the period's value
     * (withheld when that is). The running total is hidden from the first hidden period on, since two running totals
     * in a row give the period between them. Figures that are not whole numbers are no counts and only checked one
     * by one.
     *
     * <p>An indicator taken from published statistics (the victim register's) counts the same persons as the year's
     * statistics, which a reader has beside it: a year's position they show is shown here too, one they hide is
     * hidden here too ({@code released}, {@link org.ariadne.dashboards.spi.FigureDisclosure#released}), and the
     * further counts hidden are chosen among the indicator's own. So are a grid's margins as the indicator's own
     * lists publish them ({@link org.ariadne.common.disclosure.OverlappingTables}): the list by sex shows the row
     * total of women that the grid would hide.
     */
    static final class Protection {

        static final Protection NONE = new Protection(null);

        final DisclosureControl rule;
        final Set<Span> hiddenPeriods = new HashSet<>();
        final Map<List<Disaggregation>, Set<List<String>>> hiddenCells = new LinkedHashMap<>();
        /** Every position of each protected breakdown, cells and margins, by {@link #key}: its count or suppressed. */
        final Map<List<Disaggregation>, Map<String, Disclosed>> positions = new LinkedHashMap<>();
        Span runningHiddenFrom;
        boolean valueHidden;
        final Set<PeriodValue> hiddenValues = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        private Protection(DisclosureControl rule) {
            this.rule = rule;
        }

        boolean any() {
            return rule != null && (valueHidden || !hiddenPeriods.isEmpty() || runningHiddenFrom != null
                    || hiddenCells.values().stream().anyMatch(cells -> !cells.isEmpty()) || !hiddenValues.isEmpty());
        }

        static Protection of(DisclosureControl rule, PlanHeader plan, IndicatorProgress progress,
                TreeMap<Span, List<PeriodValue>> spans, Map<List<Disaggregation>, Map<List<String>, BigDecimal>> groups,
                boolean adds, Released released) {
            var protection = new Protection(rule);
            var known = released == null ? Released.NONE : released;
            // every position of the shown year's statistics when there are breakdowns to follow them, asked once
            var ofYear = new java.util.HashMap<Integer, Map<String, Disclosed>>();
            IntFunction<Map<String, Disclosed>> releasedOf = year -> groups.isEmpty() ? Map.of()
                    : ofYear.computeIfAbsent(year, known.positions()::apply);
            IntFunction<Disclosed> totalOf = year -> ofYear.containsKey(year) ? ofYear.get(year).get(TOTAL)
                    : known.total().apply(year);
            var indicator = progress.indicator();
            var periodValues = new LinkedHashMap<Span, BigDecimal>();
            spans.forEach((span, list) -> periodValues.put(span, combine(indicator, list)));
            boolean breakdownsHideTotal = protection.protectBreakdowns(groups, false, adds,
                    releasedOf.apply(progress.year()));
            // the periods of each year, with the year's total
            var years = new TreeMap<Integer, List<Span>>();
            periodValues.forEach((span, value) -> {
                if (value != null) {
                    years.computeIfAbsent(span.endsOn().getYear(), y -> new ArrayList<>()).add(span);
                }
            });
            var yearHidden = new java.util.HashMap<Integer, Boolean>();
            years.forEach((year, list) -> yearHidden.put(year, protection.protectList(list, periodValues,
                    adds && year == progress.year() && breakdownsHideTotal, adds,
                    totalOf.apply(year))));
            var value = progress.value();
            if (value != null) {
                boolean hidden = protection.small(value);
                if (adds && progress.basis() == IndicatorProgress.Basis.YEAR_TARGET) {
                    hidden = hidden || Boolean.TRUE.equals(yearHidden.get(progress.year()));
                } else {
                    hidden = hidden || protection.hiddenPeriods.stream()
                            .anyMatch(span -> span.endsOn().getYear() <= progress.year());
                }
                protection.valueHidden = hidden;
            }
            if (protection.valueHidden && adds) {
                if (!breakdownsHideTotal) {
                    protection.hiddenCells.clear();
                    protection.positions.clear();
                    protection.protectBreakdowns(groups, true, true, releasedOf.apply(progress.year()));
                }
                var list = years.get(progress.year());
                if (list != null && !Boolean.TRUE.equals(yearHidden.get(progress.year()))) {
                    protection.protectList(list, periodValues, true, true, null);
                }
            }
            // the running total, as the trend adds it up from the plan's first year
            BigDecimal running = null;
            for (var entry : periodValues.entrySet()) {
                var span = entry.getKey();
                if (span.startsOn().getYear() < plan.startYear() || entry.getValue() == null) {
                    continue;
                }
                running = running == null ? entry.getValue() : running.add(entry.getValue());
                if (protection.runningHiddenFrom == null
                        && (protection.hiddenPeriods.contains(span) || protection.small(running))) {
                    protection.runningHiddenFrom = span;
                }
            }
            // the values of each period, with the period's value
            spans.forEach((span, list) -> protection.protectValues(list, protection.hiddenPeriods.contains(span),
                    adds));
            return protection;
        }

        boolean small(BigDecimal value) {
            return count(value) && rule.tooSmall(value.longValueExact());
        }

        boolean runningHidden(Span span) {
            return runningHiddenFrom != null && span.compareTo(runningHiddenFrom) >= 0;
        }

        private static boolean count(BigDecimal value) {
            return value != null && value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0;
        }

        /**
         * Protects the periods of a year with their total, the total following the year's statistics when they give
         * it ({@code released}, else null); whether the total is hidden.
         */
        private boolean protectList(List<Span> list, Map<Span, BigDecimal> values, boolean withholdTotal, boolean adds,
                Disclosed released) {
            if (!adds || !list.stream().allMatch(span -> count(values.get(span)))) {
                list.stream().filter(span -> small(values.get(span))).forEach(hiddenPeriods::add);
                return withholdTotal || released != null && released.isSuppressed();
            }
            var counted = CountTable.list(list.stream().mapToLong(span -> values.get(span).longValueExact()).toArray());
            var withheld = new ArrayList<int[]>();
            var shown = new ArrayList<int[]>();
            follow(released, counted.value(counted.grandTotal()), counted.grandTotal(), withholdTotal, withheld, shown);
            var table = rule.protect(counted, withheld, shown);
            for (int i = 0; i < list.size(); i++) {
                if (table.at(i).isSuppressed()) {
                    hiddenPeriods.add(list.get(i));
                }
            }
            return table.total().isSuppressed();
        }

        /**
         * Protects each breakdown with its margins, the lists first and then the grids, whose margins follow the
         * lists; every position the year's statistics give follows them ({@code released}, by the keys of
         * {@link #key}). Whether any of them hides its grand total.
         */
        private boolean protectBreakdowns(Map<List<Disaggregation>, Map<List<String>, BigDecimal>> groups,
                boolean withholdTotal, boolean adds, Map<String, Disclosed> released) {
            boolean hidesTotal = false;
            var published = new java.util.HashMap<>(released);
            var ordered = new ArrayList<>(groups.entrySet());
            ordered.sort(Comparator.comparingInt(group -> group.getKey().size()));
            for (var group : ordered) {
                var cells = group.getValue();
                var hidden = new HashSet<List<String>>();
                hiddenCells.put(group.getKey(), hidden);
                int dimensions = group.getKey().size();
                if (!adds || dimensions > 2 || !cells.values().stream().allMatch(Protection::count)) {
                    cells.forEach((codes, value) -> {
                        if (small(value)) {
                            hidden.add(codes);
                        }
                    });
                    continue;
                }
                var first = cells.keySet().stream().map(codes -> codes.get(0)).distinct().toList();
                var second = dimensions == 1 ? List.of("") : cells.keySet().stream().map(codes -> codes.get(1))
                        .distinct().toList();
                var grid = new long[first.size()][second.size()];
                cells.forEach((codes, value) -> grid[first.indexOf(codes.get(0))]
                        [dimensions == 1 ? 0 : second.indexOf(codes.get(1))] = value.longValueExact());
                var total = dimensions == 1 ? new int[] {CountTable.TOTAL}
                        : new int[] {CountTable.TOTAL, CountTable.TOTAL};
                var counted = dimensions == 1 ? CountTable.list(grid.length == 0 ? new long[0]
                        : java.util.Arrays.stream(grid).mapToLong(row -> row[0]).toArray()) : CountTable.grid(grid);
                // every position with its key: the grand total, each cell, and a grid's row and column totals
                var keys = new LinkedHashMap<String, int[]>();
                keys.put(TOTAL, total);
                for (int f = 0; f < first.size(); f++) {
                    for (int k = 0; k < second.size(); k++) {
                        var codes = dimensions == 1 ? List.of(first.get(f)) : List.of(first.get(f), second.get(k));
                        keys.put(key(group.getKey(), codes), dimensions == 1 ? new int[] {f} : new int[] {f, k});
                    }
                    if (dimensions == 2) {
                        keys.put(key(group.getKey().subList(0, 1), List.of(first.get(f))),
                                new int[] {f, CountTable.TOTAL});
                    }
                }
                if (dimensions == 2) {
                    for (int k = 0; k < second.size(); k++) {
                        keys.put(key(group.getKey().subList(1, 2), List.of(second.get(k))),
                                new int[] {CountTable.TOTAL, k});
                    }
                }
                var withheld = new ArrayList<int[]>();
                var shown = new ArrayList<int[]>();
                keys.forEach((key, at) -> follow(published.get(key), counted.value(at), at,
                        withholdTotal && key.equals(TOTAL), withheld, shown));
                var table = rule.protect(counted, withheld, shown);
                var own = new LinkedHashMap<String, Disclosed>();
                keys.forEach((key, at) -> own.put(key, table.at(at)));
                positions.put(group.getKey(), own);
                published.putAll(own);
                cells.keySet().forEach(codes -> {
                    int f = first.indexOf(codes.get(0));
                    var at = dimensions == 1 ? table.at(f) : table.at(f, second.indexOf(codes.get(1)));
                    if (at.isSuppressed()) {
                        hidden.add(codes);
                    }
                });
                hidesTotal = hidesTotal || table.at(total).isSuppressed();
            }
            return hidesTotal;
        }

        /**
         * How a position follows what a reader has elsewhere ({@code known}: the year's statistics, or the
         * indicator's own list): hidden when it is hidden there, or when this table must hide it anyway
         * ({@code forced}); shown when it is shown there with the same count, never as a complement then (hiding a
         * count the reader has would hide nothing). A different count is another number, protected here on its own.
         */
        private void follow(Disclosed known, long value, int[] at, boolean forced, List<int[]> withheld,
                List<int[]> shown) {
            if (forced || known != null && known.isSuppressed()) {
                withheld.add(at);
            } else if (known != null && known.value() == value && !rule.tooSmall(value)) {
                shown.add(at);
            }
        }

        /** Protects the values several institutions reported for one period, with the period's value. */
        private void protectValues(List<PeriodValue> list, boolean withholdTotal, boolean adds) {
            var counted = list.stream().filter(v -> v.total() != null).toList();
            if (counted.isEmpty()) {
                return;
            }
            if (!adds || !counted.stream().allMatch(v -> count(v.total()))) {
                counted.stream().filter(v -> small(v.total()) || withholdTotal && counted.size() == 1)
                        .forEach(hiddenValues::add);
                return;
            }
            var table = rule.protect(CountTable.list(counted.stream().mapToLong(v -> v.total().longValueExact())
                    .toArray()), withholdTotal ? List.of(new int[] {CountTable.TOTAL}) : List.of());
            for (int i = 0; i < counted.size(); i++) {
                if (table.at(i).isSuppressed()) {
                    hiddenValues.add(counted.get(i));
                }
            }
        }
    }

    /**
     * What the year's published statistics give of an indicator's year ({@link
     * org.ariadne.dashboards.spi.FigureDisclosure#released}): every position, for the year whose breakdowns are
     * shown, and the total alone, for the others.
     */
    record Released(IntFunction<Map<String, Disclosed>> positions, IntFunction<Disclosed> total) {

        static final Released NONE = new Released(year -> Map.of(), year -> null);
    }

    /** The key of a breakdown's position ({@code "SEX=FEMALE|AGE_GROUP=UNDER_18"}), as reports keep their parts. */
    static String key(List<Disaggregation> dimensions, List<String> codes) {
        var parts = new ArrayList<String>();
        for (int i = 0; i < dimensions.size(); i++) {
            parts.add(dimensions.get(i).name() + "=" + codes.get(i));
        }
        return String.join("|", parts);
    }

    /** The values of the series that the disclosure rule hides (the same whatever the year shown). */
    Set<PeriodValue> hiddenValues(PlanHeader plan, IndicatorProgress progress, List<PeriodValue> values,
            DisclosureControl rule, Released released) {
        var spans = new TreeMap<Span, List<PeriodValue>>();
        values.forEach(v -> spans.computeIfAbsent(new Span(v.startsOn(), v.endsOn()), key -> new ArrayList<>()).add(v));
        return Protection.of(rule, plan, progress, spans, Map.of(), adds(progress.indicator()), released).hiddenValues;
    }

    /** A collection period; periods sort by their first day, then their last. */
    record Span(LocalDate startsOn, LocalDate endsOn) implements Comparable<Span> {

        @Override
        public int compareTo(Span other) {
            return Comparator.comparing(Span::startsOn).thenComparing(Span::endsOn).compare(this, other);
        }
    }

    /** Values that add up over a year (counts of people, of events), as opposed to levels and rates. */
    private static boolean adds(IndicatorView indicator) {
        return indicator.effectiveAggregation() == Aggregation.SUM && indicator.type() != IndicatorType.PERCENTAGE;
    }

    /** The value of one period, from what every institution reported for it. */
    static BigDecimal combine(IndicatorView indicator, List<PeriodValue> values) {
        if (indicator.type() == IndicatorType.PERCENTAGE
                && values.stream().allMatch(v -> v.numerator() != null && v.denominator() != null)) {
            var numerator = values.stream().map(PeriodValue::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
            var denominator = values.stream().map(PeriodValue::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (denominator.signum() > 0) {
                return DashboardTexts.tidy(numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP));
            }
        }
        return combineAmounts(indicator, values.stream().map(PeriodValue::total).filter(Objects::nonNull).toList());
    }

    private static BigDecimal combineAmounts(IndicatorView indicator, List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return null;
        }
        var sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (adds(indicator)) {
            return DashboardTexts.tidy(sum);
        }
        return DashboardTexts.tidy(sum.divide(BigDecimal.valueOf(amounts.size()), 2, RoundingMode.HALF_UP));
    }

    private DashboardChart trend(PlanHeader plan, IndicatorProgress progress, TreeMap<Span, List<PeriodValue>> spans,
            Protection protection, Locale locale) {
        var indicator = progress.indicator();
        var categories = new ArrayList<String>();
        var reported = new ArrayList<BigDecimal>();
        var running = new ArrayList<BigDecimal>();
        BigDecimal total = null;
        var hidden = new HashSet<String>();
        for (var entry : spans.entrySet()) {
            var span = entry.getKey();
            int row = categories.size();
            categories.add(SpanLabels.of(span.startsOn(), span.endsOn()));
            var value = combine(indicator, entry.getValue());
            boolean valueHidden = value != null && protection.hiddenPeriods.contains(span);
            reported.add(valueHidden ? null : value);
            if (valueHidden) {
                hidden.add(DashboardChart.cell(row, 1));
            }
            if (span.startsOn().getYear() >= plan.startYear() && value != null) {
                total = total == null ? value : total.add(value);
            }
            var shownTotal = span.startsOn().getYear() >= plan.startYear() ? total : null;
            boolean totalHidden = shownTotal != null && protection.runningHidden(span);
            running.add(totalHidden ? null : shownTotal);
            if (totalHidden) {
                hidden.add(DashboardChart.cell(row, 2));
            }
        }
        var title = PlanOverviews.label(progress.ownerCode(), indicator.name());
        var builder = Chart.of(Chart.Kind.LINE, title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title)
                .valueAxis(valueAxis(indicator, locale))
                .categories(categories)
                .series(texts.get("dashboards.trend.reported", locale), reported);
        boolean withRunning = adds(indicator) && indicator.targetValue() != null;
        if (withRunning) {
            builder.series(texts.get("dashboards.trend.running-total", locale, Integer.toString(plan.startYear())), running);
        } else {
            hidden.removeIf(cell -> cell.endsWith(":2"));
        }
        // Baseline and targets are drawn as flat lines of the chart's own rather than as its reference lines:
        // ChartDrawing does not widen the value axis to a reference line, so a target above every value reported
        // so far (the usual case) would not be drawn at all. They are in the table this way too.
        for (var reference : references(plan, progress, locale).entrySet()) {
            builder.series(reference.getKey(), java.util.Collections.nCopies(categories.size(), reference.getValue()));
        }
        return new DashboardChart(IndicatorDashboard.TREND, builder.build(), texts.get("dashboards.column.period", locale),
                hidden);
    }

    /** Baseline and final target; the year's own target too, for levels and rates (a sum is compared per year). */
    Map<String, BigDecimal> references(PlanHeader plan, IndicatorProgress progress, Locale locale) {
        var indicator = progress.indicator();
        var references = new LinkedHashMap<String, BigDecimal>();
        if (indicator.baselineValue() != null) {
            references.put(indicator.baselineYear() == null ? texts.get("dashboards.trend.baseline", locale)
                    : texts.get("dashboards.trend.baseline-of", locale, Integer.toString(indicator.baselineYear())),
                    DashboardTexts.tidy(indicator.baselineValue()));
        }
        if (indicator.targetValue() != null) {
            int year = indicator.targetYear() == null ? plan.endYear() : indicator.targetYear();
            references.put(texts.get("dashboards.trend.target-of", locale, Integer.toString(year)),
                    DashboardTexts.tidy(indicator.targetValue()));
        }
        var yearTarget = indicator.yearTargets().get(progress.year());
        if (yearTarget != null && !adds(indicator)) {
            references.putIfAbsent(texts.get("dashboards.trend.target-of", locale, Integer.toString(progress.year())),
                    DashboardTexts.tidy(yearTarget));
        }
        return references;
    }

    private String valueAxis(IndicatorView indicator, Locale locale) {
        if (indicator.unit() != null && !indicator.unit().isBlank()) {
            return indicator.unit();
        }
        return indicator.type() == IndicatorType.PERCENTAGE ? "%" : texts.get("dashboards.axis.value", locale);
    }

    // ---- breakdown by disaggregation ----

    /** The breakdowns of the periods' values: dimensions of a group -> category codes -> amount. */
    private static Map<List<Disaggregation>, Map<List<String>, BigDecimal>> breakdownGroups(IndicatorView indicator,
            TreeMap<Span, List<PeriodValue>> spans) {
        // part key -> the amounts reported for it (one per value)
        var amounts = new LinkedHashMap<String, List<BigDecimal>>();
        spans.values().forEach(list -> list.forEach(value -> value.parts().forEach((key, amount) ->
                amounts.computeIfAbsent(key, k -> new ArrayList<>()).add(amount))));
        var groups = new TreeMap<List<Disaggregation>, Map<List<String>, BigDecimal>>(IndicatorDetails::compareDimensions);
        amounts.forEach((key, list) -> {
            var parsed = parse(key);
            if (parsed != null) {
                groups.computeIfAbsent(parsed.dimensions(), k -> new LinkedHashMap<>())
                        .put(parsed.codes(), combineAmounts(indicator, list));
            }
        });
        return groups;
    }

    private List<DashboardChart> breakdowns(Map<List<Disaggregation>, Map<List<String>, BigDecimal>> groups,
            Protection protection, String period, Locale locale) {
        var charts = new ArrayList<DashboardChart>();
        groups.forEach((dimensions, cells) -> {
            if (dimensions.size() <= 2) {
                charts.add(breakdown(dimensions, cells, protection.hiddenCells.getOrDefault(dimensions, Set.of()),
                        protection.positions.getOrDefault(dimensions, Map.of()), period, locale));
            }
        });
        return charts;
    }

    private static int compareDimensions(List<Disaggregation> a, List<Disaggregation> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int compared = a.get(i).compareTo(b.get(i));
            if (compared != 0) {
                return compared;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private record PartKey(List<Disaggregation> dimensions, List<String> codes) {
    }

    /** "SEX=FEMALE|AGE_GROUP=UNDER_18" into its dimensions and codes; null for a key this version does not know. */
    static PartKey parse(String key) {
        var dimensions = new ArrayList<Disaggregation>();
        var codes = new ArrayList<String>();
        for (var piece : key.split("\\|")) {
            int equals = piece.indexOf('=');
            if (equals <= 0) {
                return null;
            }
            try {
                dimensions.add(Disaggregation.valueOf(piece.substring(0, equals)));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
            codes.add(piece.substring(equals + 1));
        }
        return dimensions.isEmpty() ? null : new PartKey(List.copyOf(dimensions), List.copyOf(codes));
    }

    private DashboardChart breakdown(List<Disaggregation> dimensions, Map<List<String>, BigDecimal> cells,
            Set<List<String>> hiddenCells, Map<String, Disclosed> positions, String period, Locale locale) {
        var first = dimensions.get(0);
        var firstCodes = CategoryOrder.sorted(first, cells.keySet().stream().map(codes -> codes.get(0)).toList());
        var names = dimensions.stream().map(d -> texts.get(d.messageKey(), locale)).toList();
        var title = texts.get("dashboards.breakdown.title", locale, String.join(" × ", names), period);
        var builder = Chart.of(dimensions.size() == 2 ? Chart.Kind.STACKED_BARS : Chart.Kind.BARS, title)
                .categories(firstCodes.stream().map(code -> category(first, code, locale)).toList());
        var hidden = new HashSet<String>();
        if (dimensions.size() == 1) {
            var series = new ArrayList<BigDecimal>();
            for (int row = 0; row < firstCodes.size(); row++) {
                var codes = List.of(firstCodes.get(row));
                series.add(shown(cells, codes, hiddenCells, hidden, row, 1));
            }
            builder.series(texts.get("dashboards.trend.reported", locale), series);
        } else {
            var second = dimensions.get(1);
            var secondCodes = CategoryOrder.sorted(second, cells.keySet().stream().map(codes -> codes.get(1)).toList());
            for (int column = 0; column < secondCodes.size(); column++) {
                var code = secondCodes.get(column);
                var series = new ArrayList<BigDecimal>();
                for (int row = 0; row < firstCodes.size(); row++) {
                    series.add(shown(cells, List.of(firstCodes.get(row), code), hiddenCells, hidden, row, column + 1));
                }
                builder.series(category(second, code, locale), series);
            }
        }
        // the margins the protection hid, for a table that shows them (the published figures)
        java.util.function.Predicate<String> hiddenAt = key -> positions.containsKey(key)
                && positions.get(key).isSuppressed();
        if (hiddenAt.test(TOTAL)) {
            hidden.add(DashboardChart.GRAND_TOTAL);
        }
        if (dimensions.size() == 2) {
            var secondCodes = CategoryOrder.sorted(dimensions.get(1), cells.keySet().stream().map(codes -> codes.get(1))
                    .toList());
            for (int row = 0; row < firstCodes.size(); row++) {
                if (hiddenAt.test(key(dimensions.subList(0, 1), List.of(firstCodes.get(row))))) {
                    hidden.add(DashboardChart.rowTotal(row));
                }
            }
            for (int column = 0; column < secondCodes.size(); column++) {
                if (hiddenAt.test(key(dimensions.subList(1, 2), List.of(secondCodes.get(column))))) {
                    hidden.add(DashboardChart.columnTotal(column + 1));
                }
            }
        }
        var name = "breakdown-" + String.join("-", dimensions.stream()
                .map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        return new DashboardChart(name, builder.build(), names.get(0), hidden);
    }

    /** A breakdown's cell as the chart draws it: nothing where it is suppressed, the table marking it. */
    private static BigDecimal shown(Map<List<String>, BigDecimal> cells, List<String> codes,
            Set<List<String>> hiddenCells, Set<String> hidden, int row, int column) {
        if (hiddenCells.contains(codes)) {
            hidden.add(DashboardChart.cell(row, column));
            return null;
        }
        return cells.get(codes);
    }

    private String category(Disaggregation dimension, String code, Locale locale) {
        return texts.orCode(new Breakdown.Category(dimension, code).messageKey(), code, locale);
    }

    // ---- who reported what ----

    private List<IndicatorDashboard.Reported> reported(List<PeriodValue> values, Protection protection,
            InstitutionDirectory directory, Locale locale) {
        var collator = Collator.getInstance(locale);
        return values.stream()
                .map(v -> new IndicatorDashboard.Reported(SpanLabels.of(v.startsOn(), v.endsOn()), v.startsOn(),
                        v.endsOn(), Objects.requireNonNullElse(directory.nameOf(v.institutionId()), "#" + v.institutionId()),
                        v.institutionId(), protection.hiddenValues.contains(v) ? null : DashboardTexts.tidy(v.total()),
                        DashboardTexts.tidy(v.numerator()), DashboardTexts.tidy(v.denominator()), v.status(),
                        protection.hiddenValues.contains(v)))
                .sorted(Comparator.comparing(IndicatorDashboard.Reported::startsOn)
                        .thenComparing(IndicatorDashboard.Reported::endsOn)
                        .thenComparing(IndicatorDashboard.Reported::institution, collator))
                .toList();
    }

    private DashboardTable reportedTable(IndicatorView indicator, List<IndicatorDashboard.Reported> reported,
            Locale locale) {
        boolean rate = indicator.type() == IndicatorType.PERCENTAGE;
        var keys = new ArrayList<>(List.of("period", "from", "to", "institution", "value"));
        if (rate) {
            keys.addAll(List.of("numerator", "denominator"));
        }
        keys.add("report-status");
        var header = keys.stream().map(key -> texts.get("dashboards.column." + key, locale)).toList();
        var rows = new ArrayList<List<Object>>();
        for (var value : reported) {
            var row = new ArrayList<Object>(List.of(value.period(), value.startsOn(), value.endsOn(), value.institution()));
            row.add(value.suppressed() ? org.ariadne.common.disclosure.SuppressedCells.MARK : value.total());
            if (rate) {
                row.add(value.numerator());
                row.add(value.denominator());
            }
            row.add(texts.get("reporting.status." + value.status().name().toLowerCase(Locale.ROOT), locale));
            rows.add(row);
        }
        return new DashboardTable(IndicatorDashboard.REPORTED, texts.get("dashboards.reported.heading", locale), header,
                rows);
    }
}
