package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The checks the office may set on reported figures. Each has its built-in setting, which a rule for all the
 * plan's indicators replaces, and a rule for one indicator replaces again.
 */
public enum CheckKind {

    /**
     * A value more than (1 + threshold/100) times the median of the institution's previous four values of the
     * indicator, or less than that median divided by it (100: more than double or less than half). Needs two
     * previous values, and a median above zero.
     */
    FAR_FROM_PREVIOUS(true, new BigDecimal("100")),
    /** A figure kept as a running total that is lower than the institution's previous one. */
    CUMULATIVE_FALLS(false, null),
    /**
     * Two institutions reporting the same indicator for the same collection period, one more than (1 +
     * threshold/100) times the other: worth a look where both count the same thing (police and prosecution cases).
     */
    INSTITUTIONS_APART(false, new BigDecimal("100")),
    /** A value of an activity's indicator whose means of verification is written, and no evidence attached. */
    NO_EVIDENCE(true, null);

    private final boolean onByDefault;
    private final BigDecimal defaultThreshold;

    CheckKind(boolean onByDefault, BigDecimal defaultThreshold) {
        this.onByDefault = onByDefault;
        this.defaultThreshold = defaultThreshold;
    }

    public boolean onByDefault() {
        return onByDefault;
    }

    /** The built-in threshold in percent, or null for a check without one. */
    public BigDecimal defaultThreshold() {
        return defaultThreshold;
    }

    public boolean hasThreshold() {
        return defaultThreshold != null;
    }

    public String messageKey() {
        return "dataquality.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
