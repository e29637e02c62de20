package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Where a result sits in the chain from resources to lasting change (seed 002, section IV). */
public enum ResultLevel implements Labelled {
    INPUT, ACTIVITY, OUTPUT, OUTCOME, IMPACT;

    @Override
    public String messageKey() {
        return "plan.level." + name().toLowerCase(Locale.ROOT);
    }
}
