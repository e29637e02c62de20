package org.ariadne.plan;

import java.util.Locale;

/** Which way is progress: more, less, or holding a level. */
public enum Direction {
    INCREASE, DECREASE, MAINTAIN;

    public String messageKey() {
        return "plan.direction." + name().toLowerCase(Locale.ROOT);
    }
}
