package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** The implementation status of the seed 002 monitoring matrix, with its numbers 1 to 4. */
public enum ActivityStatus implements Labelled {
    NOT_STARTED(1), CONTINUOUS(2), STARTED(3), COMPLETED(4);

    private final int number;

    ActivityStatus(int number) {
        this.number = number;
    }

    /** The number the matrix and the institutions' reports use. */
    public int number() {
        return number;
    }

    @Override
    public String messageKey() {
        return "plan.activity-status." + name().toLowerCase(Locale.ROOT);
    }
}
