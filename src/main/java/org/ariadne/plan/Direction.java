package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Which way is progress: more, less, or holding a level. */
public enum Direction implements Labelled {
    INCREASE, DECREASE, MAINTAIN;

    @Override
    public String messageKey() {
        return "plan.direction." + name().toLowerCase(Locale.ROOT);
    }
}
