package org.ariadne.stakeholders;

import java.util.Locale;

/** How the office engages a stakeholder, after where it sits on the interest &times; power grid. */
public enum EngagementApproach {
    MANAGE_CLOSELY, KEEP_SATISFIED, KEEP_INFORMED, MONITOR;

    /** Scores of 3 and more count as high on an axis. */
    static final int HIGH = 3;

    /** The usual approach for a place on the grid: high power and interest are managed closely, and so on. */
    public static EngagementApproach suggestedFor(int interest, int power) {
        boolean highInterest = interest >= HIGH;
        boolean highPower = power >= HIGH;
        if (highPower) {
            return highInterest ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return highInterest ? KEEP_INFORMED : MONITOR;
    }

    public String messageKey() {
        return "stakeholders.approach." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
