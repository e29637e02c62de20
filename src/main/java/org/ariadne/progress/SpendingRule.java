package org.ariadne.progress;

import java.math.BigDecimal;

/**
 * Money that does not add up, defined once for the half-year review, the budget page and the dashboards (issue 12,
 * item 7): what was spent against what was planned for the same year (or for the whole plan period).
 * <ul>
 * <li><b>Overspent</b>: more spent than planned.</li>
 * <li><b>Spent without a budget</b>: money spent where nothing was planned.</li>
 * <li><b>Underspent</b>: once the year (or the plan) is over, less than half of what was planned was spent
 * ({@link #UNDERSPENT}). A year still running is never called underspent: most money is spent late in the year.</li>
 * </ul>
 */
public enum SpendingRule {
    WITHIN, OVERSPENT, UNPLANNED, UNDERSPENT;

    /** At the end of a year, spending below this share of the year's planned budget is underspending. */
    public static final BigDecimal UNDERSPENT_SHARE = new BigDecimal("0.5");

    /**
     * Judges {@code spent} against {@code planned} (either may be null: nothing); {@code over} says whether the year
     * or period they belong to has ended.
     */
    public static SpendingRule judge(BigDecimal planned, BigDecimal spent, boolean over) {
        var p = planned == null ? BigDecimal.ZERO : planned;
        var s = spent == null ? BigDecimal.ZERO : spent;
        if (s.compareTo(p) > 0) {
            return p.signum() == 0 ? UNPLANNED : OVERSPENT;
        }
        if (over && p.signum() > 0 && s.compareTo(p.multiply(UNDERSPENT_SHARE)) < 0) {
            return UNDERSPENT;
        }
        return WITHIN;
    }

    /** True for every judgement but {@link #WITHIN}. */
    public boolean flagged() {
        return this != WITHIN;
    }

    public String messageKey() {
        return "progress.spending." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
