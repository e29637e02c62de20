package org.ariadne.plan;

import java.util.Locale;

/** Where the money of a budget line comes from. */
public enum FundingSourceKind {
    STATE_BUDGET, MUNICIPALITY, DONOR, OTHER;

    public String messageKey() {
        return "plan.funding." + name().toLowerCase(Locale.ROOT);
    }
}
