package org.ariadne.progress;

import java.math.BigDecimal;

import org.ariadne.plan.IndicatorView;

/**
 * An indicator's progress in a year: the value compared (how it was made from the reported values: {@code basis}),
 * the target it was compared with, and the achievement.
 */
public record IndicatorProgress(IndicatorView indicator, String ownerCode, int year, BigDecimal value, BigDecimal target,
        Basis basis, Achievement achievement) {

    /** How the compared value and target were chosen (shown to the reader with the figure). */
    public enum Basis {
        /** the year's own target, against the values of that year */
        YEAR_TARGET,
        /** the final target, against everything reported from the start of the plan to the end of the year */
        FINAL_TARGET_CUMULATIVE,
        /** the final target, against the latest (or average) value */
        FINAL_TARGET_LEVEL;

        public String messageKey() {
            return "progress.basis." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
