package org.ariadne.operationalplan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Why an activity is in the year's operational plan: due that year, or unfinished the year before. */
public enum LineKind implements Labelled {
    DUE, CARRY_OVER;

    @Override
    public String messageKey() {
        return "operationalplan.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
