package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import org.ariadne.common.charts.Chart;
import org.ariadne.institutions.InstitutionDirectory;
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
 */
@Component
class IndicatorDetails {

    private static final int TITLE_LENGTH = 90;

    private final DashboardTexts texts;

    IndicatorDetails(DashboardTexts texts) {
        this.texts = texts;
    }

    IndicatorDashboard build(PlanHeader plan, IndicatorProgress progress, DashboardFilter filter,
            List<PeriodValue> values, InstitutionDirectory directory, LongPredicate readable, Locale locale) {
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
        var shown = values.stream().filter(v -> readable.test(v.institutionId())).toList();
        var reported = reported(shown, directory, locale);
        return new IndicatorDashboard(plan, indicator, progress.ownerCode(), progress.year(), filter, progress,
                trend(plan, progress, spans, locale), breakdowns(indicator, breakdownSpans, breakdownPeriod, locale),
                breakdownPeriod, reported, values.size() - shown.size(), reportedTable(indicator, reported, locale));
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
            Locale locale) {
        var indicator = progress.indicator();
        var categories = new ArrayList<String>();
        var reported = new ArrayList<BigDecimal>();
        var running = new ArrayList<BigDecimal>();
        BigDecimal total = null;
        for (var entry : spans.entrySet()) {
            var span = entry.getKey();
            categories.add(SpanLabels.of(span.startsOn(), span.endsOn()));
            var value = combine(indicator, entry.getValue());
            reported.add(value);
            if (span.startsOn().getYear() >= plan.startYear() && value != null) {
                total = total == null ? value : total.add(value);
            }
            running.add(span.startsOn().getYear() >= plan.startYear() ? total : null);
        }
        var title = PlanOverviews.label(progress.ownerCode(), indicator.name());
        var builder = Chart.of(Chart.Kind.LINE, title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title)
                .valueAxis(valueAxis(indicator, locale))
                .categories(categories)
                .series(texts.get("dashboards.trend.reported", locale), reported);
        if (adds(indicator) && indicator.targetValue() != null) {
            builder.series(texts.get("dashboards.trend.running-total", locale, Integer.toString(plan.startYear())), running);
        }
        // Baseline and targets are drawn as flat lines of the chart's own rather than as its reference lines:
        // ChartDrawing does not widen the value axis to a reference line, so a target above every value reported
        // so far (the usual case) would not be drawn at all. They are in the table this way too.
        for (var reference : references(plan, progress, locale).entrySet()) {
            builder.series(reference.getKey(), java.util.Collections.nCopies(categories.size(), reference.getValue()));
        }
        return new DashboardChart(IndicatorDashboard.TREND, builder.build(), texts.get("dashboards.column.period", locale));
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

    private List<DashboardChart> breakdowns(IndicatorView indicator, TreeMap<Span, List<PeriodValue>> spans,
            String period, Locale locale) {
        // part key -> the amounts reported for it (one per value)
        var amounts = new LinkedHashMap<String, List<BigDecimal>>();
        spans.values().forEach(list -> list.forEach(value -> value.parts().forEach((key, amount) ->
                amounts.computeIfAbsent(key, k -> new ArrayList<>()).add(amount))));
        // dimensions of a group -> category codes -> amount
        var groups = new TreeMap<List<Disaggregation>, Map<List<String>, BigDecimal>>(IndicatorDetails::compareDimensions);
        amounts.forEach((key, list) -> {
            var parsed = parse(key);
            if (parsed != null) {
                groups.computeIfAbsent(parsed.dimensions(), k -> new LinkedHashMap<>())
                        .put(parsed.codes(), combineAmounts(indicator, list));
            }
        });
        var charts = new ArrayList<DashboardChart>();
        groups.forEach((dimensions, cells) -> {
            if (dimensions.size() <= 2) {
                charts.add(breakdown(dimensions, cells, period, locale));
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

    private DashboardChart breakdown(List<Disaggregation> dimensions, Map<List<String>, BigDecimal> cells, String period,
            Locale locale) {
        var first = dimensions.get(0);
        var firstCodes = CategoryOrder.sorted(first, cells.keySet().stream().map(codes -> codes.get(0)).toList());
        var names = dimensions.stream().map(d -> texts.get(d.messageKey(), locale)).toList();
        var title = texts.get("dashboards.breakdown.title", locale, String.join(" × ", names), period);
        var builder = Chart.of(dimensions.size() == 2 ? Chart.Kind.STACKED_BARS : Chart.Kind.BARS, title)
                .categories(firstCodes.stream().map(code -> category(first, code, locale)).toList());
        if (dimensions.size() == 1) {
            builder.series(texts.get("dashboards.trend.reported", locale),
                    firstCodes.stream().map(code -> cells.get(List.of(code))).toList());
        } else {
            var second = dimensions.get(1);
            var secondCodes = CategoryOrder.sorted(second, cells.keySet().stream().map(codes -> codes.get(1)).toList());
            for (var code : secondCodes) {
                builder.series(category(second, code, locale),
                        firstCodes.stream().map(f -> cells.get(List.of(f, code))).toList());
            }
        }
        var name = "breakdown-" + String.join("-", dimensions.stream()
                .map(d -> d.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        return new DashboardChart(name, builder.build(), names.get(0));
    }

    private String category(Disaggregation dimension, String code, Locale locale) {
        return texts.orCode(new Breakdown.Category(dimension, code).messageKey(), code, locale);
    }

    // ---- who reported what ----

    private List<IndicatorDashboard.Reported> reported(List<PeriodValue> values, InstitutionDirectory directory,
            Locale locale) {
        var collator = Collator.getInstance(locale);
        return values.stream()
                .map(v -> new IndicatorDashboard.Reported(SpanLabels.of(v.startsOn(), v.endsOn()), v.startsOn(),
                        v.endsOn(), Objects.requireNonNullElse(directory.nameOf(v.institutionId()), "#" + v.institutionId()),
                        v.institutionId(), DashboardTexts.tidy(v.total()), DashboardTexts.tidy(v.numerator()), DashboardTexts.tidy(v.denominator()),
                        v.status()))
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
            row.add(value.total());
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
