package org.ariadne.finance;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** A pledge (announced, not signed yet) or an agreement (an award, a signed grant or a ministry's allotment). */
public enum CommitmentKind implements Labelled {
    PLEDGE, AGREEMENT;

    @Override
    public String messageKey() {
        return "finance.commitment.kind." + name().toLowerCase(Locale.ROOT);
    }
}
