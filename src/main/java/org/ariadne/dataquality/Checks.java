package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.plan.IndicatorType;
import org.ariadne.reporting.ReportedFigures.Figure;

/**
 * The checks themselves, on figures already read: no database, no reader, so each rule is tested on its own
 * ({@code ChecksUnitTest}). What {@link CheckKind} documents is what happens here.
 */
final class Checks {

    /** How many previous values the median of "far from previous" takes. */
    static final int PREVIOUS = 4;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** What the checks need of an indicator. */
    record Facts(long id, String label, IndicatorType type, Long activityId, boolean asksForEvidence) {
    }

    /** The settings in force: each check on or off, and its threshold, for all indicators or for one. */
    static final class Settings {

        private final Map<CheckKind, CheckRule> forAll = new HashMap<>();
        private final Map<String, CheckRule> forOne = new HashMap<>();

        Settings(List<CheckRule> rules) {
            for (var rule : rules) {
                if (rule.indicatorId() == null) {
                    forAll.put(rule.kind(), rule);
                } else {
                    forOne.put(rule.kind() + ":" + rule.indicatorId(), rule);
                }
            }
        }

        boolean on(CheckKind kind, long indicatorId) {
            var rule = rule(kind, indicatorId);
            return rule == null ? kind.onByDefault() : rule.enabled();
        }

        BigDecimal threshold(CheckKind kind, long indicatorId) {
            var rule = rule(kind, indicatorId);
            return rule == null || rule.threshold() == null ? kind.defaultThreshold() : rule.threshold();
        }

        private CheckRule rule(CheckKind kind, long indicatorId) {
            var one = forOne.get(kind + ":" + indicatorId);
            return one != null ? one : forAll.get(kind);
        }
    }

    private Checks() {
    }

    /**
     * Flags the {@code checked} figures: against the same institution's earlier figures ({@code history}, which may
     * hold the checked ones too: the checked value wins), against other institutions' figures of the same period
     * ({@code others}), and against the evidence each institution attached (activity ids by institution). A pair of
     * institutions both checked is flagged once.
     */
    static List<Flag> flags(List<Figure> checked, List<Figure> history, List<Figure> others,
            Map<Long, Set<Long>> evidence, Map<Long, Facts> indicators, Settings settings) {
        var series = new HashMap<String, TreeMap<LocalDate, BigDecimal>>();
        for (var figure : history) {
            series.computeIfAbsent(seriesKey(figure), key -> new TreeMap<>()).put(figure.startsOn(), figure.total());
        }
        for (var figure : checked) {
            series.computeIfAbsent(seriesKey(figure), key -> new TreeMap<>()).put(figure.startsOn(), figure.total());
        }
        var checkedKeys = new HashSet<String>();
        checked.forEach(figure -> checkedKeys.add(figure.institutionId() + ":" + figure.indicatorId() + ":" + figure.startsOn()));
        var peers = new HashMap<String, List<Figure>>();
        for (var figure : others) {
            peers.computeIfAbsent(figure.indicatorId() + ":" + figure.startsOn(), key -> new ArrayList<>()).add(figure);
        }
        var flags = new ArrayList<Flag>();
        var evidenceFlagged = new HashSet<String>();
        for (var figure : checked) {
            var facts = indicators.get(figure.indicatorId());
            if (facts == null) {
                continue;
            }
            long indicator = facts.id();
            var value = figure.total();
            if (facts.type() != IndicatorType.YES_NO) {
                var earlier = series.getOrDefault(seriesKey(figure), new TreeMap<>()).headMap(figure.startsOn(), false)
                        .descendingMap().values().stream().limit(PREVIOUS).toList();
                if (settings.on(CheckKind.FAR_FROM_PREVIOUS, indicator) && earlier.size() >= 2) {
                    var median = median(earlier);
                    var factor = factor(settings.threshold(CheckKind.FAR_FROM_PREVIOUS, indicator));
                    if (median.signum() > 0 && (value.compareTo(median.multiply(factor)) > 0
                            || value.multiply(factor).compareTo(median) < 0)) {
                        flags.add(flag(CheckKind.FAR_FROM_PREVIOUS, facts, figure, median, null, settings));
                    }
                }
                if (settings.on(CheckKind.CUMULATIVE_FALLS, indicator) && !earlier.isEmpty()
                        && value.compareTo(earlier.get(0)) < 0) {
                    flags.add(flag(CheckKind.CUMULATIVE_FALLS, facts, figure, earlier.get(0), null, settings));
                }
                if (settings.on(CheckKind.INSTITUTIONS_APART, indicator) && value.signum() > 0) {
                    var factor = factor(settings.threshold(CheckKind.INSTITUTIONS_APART, indicator));
                    for (var other : peers.getOrDefault(indicator + ":" + figure.startsOn(), List.of())) {
                        if (other.institutionId() == figure.institutionId() || other.total().signum() <= 0
                                || checkedKeys.contains(other.institutionId() + ":" + indicator + ":" + other.startsOn())
                                && other.institutionId() < figure.institutionId()) {
                            continue;
                        }
                        var high = value.max(other.total());
                        var low = value.min(other.total());
                        if (high.compareTo(low.multiply(factor)) > 0) {
                            flags.add(flag(CheckKind.INSTITUTIONS_APART, facts, figure, other.total(),
                                    other.institutionId(), settings));
                        }
                    }
                }
            }
            if (settings.on(CheckKind.NO_EVIDENCE, indicator) && facts.activityId() != null && facts.asksForEvidence()
                    && !evidence.getOrDefault(figure.institutionId(), Set.of()).contains(facts.activityId())
                    && evidenceFlagged.add(figure.institutionId() + ":" + indicator)) {
                flags.add(flag(CheckKind.NO_EVIDENCE, facts, figure, null, null, settings));
            }
        }
        flags.sort(Comparator.comparing(Flag::institutionId).thenComparing(Flag::indicatorLabel)
                .thenComparing(Flag::startsOn).thenComparing(Flag::kind));
        return flags;
    }

    /** The median: the middle value, or the mean of the two middle ones. */
    static BigDecimal median(List<BigDecimal> values) {
        var sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
    }

    private static BigDecimal factor(BigDecimal threshold) {
        return BigDecimal.ONE.add(threshold.divide(HUNDRED, MathContext.DECIMAL64));
    }

    private static String seriesKey(Figure figure) {
        return figure.institutionId() + ":" + figure.indicatorId();
    }

    private static Flag flag(CheckKind kind, Facts facts, Figure figure, BigDecimal reference, Long other,
            Settings settings) {
        return new Flag(kind, facts.id(), facts.label(), figure.institutionId(), figure.periodId(), figure.startsOn(),
                figure.endsOn(), figure.total(), reference, other,
                kind.hasThreshold() ? settings.threshold(kind, facts.id()) : null, facts.activityId());
    }
}
