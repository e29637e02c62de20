package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** Where the money of a budget line comes from. */
public enum FundingSourceKind implements Labelled {
    STATE_BUDGET, MUNICIPALITY, DONOR, OTHER;

    @Override
    public String messageKey() {
        return "plan.funding." + name().toLowerCase(Locale.ROOT);
    }
}
