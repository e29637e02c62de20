package org.ariadne.operationalplan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/**
 * What the officer decided for a line: a due activity is included or left out; a carry-over is proposed (undecided),
 * accepted or declined. A plan with an undecided carry-over cannot be approved.
 */
public enum LineDecision implements Labelled {
    INCLUDED, EXCLUDED, PROPOSED, ACCEPTED, DECLINED;

    /** Whether the activity is part of the year's work (and so of its reporting). */
    public boolean inTheYear() {
        return this == INCLUDED || this == ACCEPTED;
    }

    @Override
    public String messageKey() {
        return "operationalplan.decision." + name().toLowerCase(Locale.ROOT);
    }
}
