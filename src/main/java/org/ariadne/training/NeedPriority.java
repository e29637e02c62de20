package org.ariadne.training;

import java.util.Locale;

/** How urgent a training need is; the plan covers the most urgent first. */
public enum NeedPriority {
    HIGH, MEDIUM, LOW;

    public String messageKey() {
        return "training.priority." + name().toLowerCase(Locale.ROOT);
    }
}
