package org.ariadne.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Direction;
import org.ariadne.plan.IndicatorType;

/**
 * How progress is computed, defined once (the README and the dashboards quote these rules):
 * <ol>
 * <li><b>Indicator.</b> The share of the way from the baseline to the target that the value has covered:
 * {@code (value − baseline) / (target − baseline)} when more is better, {@code (baseline − value) /
 * (baseline − target)} when less is better. An indicator that should hold a level is on track (100 %) when it is at
 * least at its target, otherwise at {@code value / target}. A yes/no indicator has reached its target (100 %) or not
 * (0 %). Without a target, without a baseline (except for yes/no and "hold a level"), or with a target on the wrong
 * side of the baseline, the indicator is <i>not measurable</i>; without a reported value it has <i>no data</i>.
 * Neither is ever counted as 0 %.</li>
 * <li><b>Activity.</b> An activity is judged against what was due, not against completion. Its reported status
 * counts 0 % (not started), 50 % (has started) or 100 % (completed, and <i>in continuum</i>: seed 002's status 2 says
 * that a continuous activity runs as planned, which is all that was due of it, so it is never "half done"); its
 * indicators count with the average of those measured (against the year's target where the plan sets one), each
 * capped to 0–100 %. The activity's progress is the average of the two; when only one is known, that one.</li>
 * <li><b>Objectives and plan.</b> The average of their measured activities (specific objectives), specific
 * objectives (strategic objectives) and strategic objectives (the plan), each child counting equally. Children that
 * are not measurable are left out and counted separately, so the reader sees how much the figure rests on.</li>
 * <li><b>Words.</b> The traffic light of a computed figure reads "well advanced" (from 75 %), "some progress" (from
 * 40 %), "behind" (below 40 %) or "not measured" ({@link Achievement#light()}). "On track" is never said of a computed
 * figure: it is the half-year rating 1 that the M&amp;E officer gives.</li>
 * </ol>
 */
public final class ProgressRules {

    static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal HALF = new BigDecimal("50.00");
    private static final BigDecimal NONE = new BigDecimal("0.00");

    private ProgressRules() {
    }

    public static Achievement indicator(IndicatorType type, Direction direction, BigDecimal baseline, BigDecimal target,
            BigDecimal value) {
        if (target == null) {
            return Achievement.notMeasurable("no-target");
        }
        if (type == IndicatorType.YES_NO) {
            if (value == null) {
                return Achievement.noData();
            }
            return Achievement.measured(value.compareTo(target) == 0 ? HUNDRED : NONE);
        }
        if (direction == Direction.MAINTAIN) {
            if (value == null) {
                return Achievement.noData();
            }
            if (value.compareTo(target) >= 0) {
                return Achievement.measured(HUNDRED);
            }
            return Achievement.measured(target.signum() == 0 ? NONE : percent(value, target));
        }
        if (baseline == null) {
            return Achievement.notMeasurable("no-baseline");
        }
        boolean more = direction != Direction.DECREASE;
        var distance = more ? target.subtract(baseline) : baseline.subtract(target);
        if (distance.signum() <= 0) {
            return Achievement.notMeasurable(more ? "target-not-above-baseline" : "target-not-below-baseline");
        }
        if (value == null) {
            return Achievement.noData();
        }
        var covered = more ? value.subtract(baseline) : baseline.subtract(value);
        return Achievement.measured(percent(covered, distance));
    }

    /**
     * What an activity's reported status counts for, against what was due: "in continuum" is a continuous activity
     * running as planned, which counts as fully on schedule (100 %), not as half done.
     */
    public static BigDecimal statusScore(ActivityStatus status) {
        return switch (status) {
            case NOT_STARTED -> NONE;
            case STARTED -> HALF;
            case CONTINUOUS, COMPLETED -> HUNDRED;
        };
    }

    public static Achievement activity(ActivityStatus status, List<Achievement> indicators) {
        var measured = indicators.stream().filter(Achievement::isMeasured).map(Achievement::capped).toList();
        var fromIndicators = measured.isEmpty() ? null : average(measured);
        if (status == null && fromIndicators == null) {
            return indicators.stream().anyMatch(i -> i.kind() == Achievement.Kind.NO_DATA) ? Achievement.noData()
                    : Achievement.notMeasurable("no-status-no-indicator");
        }
        if (status == null) {
            return Achievement.measured(fromIndicators);
        }
        if (fromIndicators == null) {
            return Achievement.measured(statusScore(status));
        }
        return Achievement.measured(average(List.of(statusScore(status), fromIndicators)));
    }

    /** The average of the children that can be measured; not measurable when none can. */
    public static Achievement rollUp(List<Achievement> children) {
        var measured = children.stream().filter(Achievement::isMeasured).map(Achievement::capped).toList();
        if (measured.isEmpty()) {
            return children.stream().anyMatch(c -> c.kind() == Achievement.Kind.NO_DATA) ? Achievement.noData()
                    : Achievement.notMeasurable("nothing-measured");
        }
        return Achievement.measured(average(measured));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }
}
