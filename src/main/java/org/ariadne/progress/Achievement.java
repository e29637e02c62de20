package org.ariadne.progress;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How far an indicator (or an activity, an objective) has come from its baseline towards its target. When it cannot
 * be computed the reason is kept instead of a number, so that nothing is ever shown as 0 % by accident.
 */
public record Achievement(Kind kind, BigDecimal percent, String reasonKey) {

    public enum Kind {
        /** computed: {@code percent} is the share of the way from baseline to target (may exceed 100) */
        MEASURED,
        /** a baseline or a target is missing, or they contradict the direction: it cannot be measured */
        NOT_MEASURABLE,
        /** measurable, but nothing has been reported yet */
        NO_DATA
    }

    public static Achievement measured(BigDecimal percent) {
        return new Achievement(Kind.MEASURED, percent, null);
    }

    public static Achievement notMeasurable(String reason) {
        return new Achievement(Kind.NOT_MEASURABLE, null, "progress.reason." + reason);
    }

    public static Achievement noData() {
        return new Achievement(Kind.NO_DATA, null, "progress.reason.no-data");
    }

    /** Not measurable because the disclosure rule suppresses the value it would be computed from. */
    public static Achievement suppressed() {
        return notMeasurable("suppressed");
    }

    /** Whether it is left out because the disclosure rule suppresses the value ({@link #suppressed()}). */
    public boolean isSuppressed() {
        return kind == Kind.NOT_MEASURABLE && "progress.reason.suppressed".equals(reasonKey);
    }

    public boolean isMeasured() {
        return kind == Kind.MEASURED;
    }

    /** The percentage used when averaging: over-achievement counts as 100 %, going backwards as 0 %. */
    public BigDecimal capped() {
        if (percent == null) {
            return null;
        }
        return percent.max(BigDecimal.ZERO).min(ProgressRules.HUNDRED);
    }

    /**
     * The traffic light of a computed figure: well advanced from 75 %, some progress from 40 %, behind below. Its
     * words are never "on track", which is the half-year rating's.
     */
    public Light light() {
        if (!isMeasured()) {
            return Light.GREY;
        }
        var value = capped();
        if (value.compareTo(BigDecimal.valueOf(75)) >= 0) {
            return Light.GREEN;
        }
        return value.compareTo(BigDecimal.valueOf(40)) >= 0 ? Light.AMBER : Light.RED;
    }

    public enum Light {
        GREEN, AMBER, RED, GREY;

        public String messageKey() {
            return "progress.light." + name().toLowerCase(Locale.ROOT);
        }
    }
}
