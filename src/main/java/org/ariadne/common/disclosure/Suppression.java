package org.ariadne.common.disclosure;

import java.util.Locale;

/**
 * Why a position of a published table is not shown. The register keeps the reason; a published table shows the same
 * mark for both, since telling them apart would say which cells are small.
 */
public enum Suppression {
    /** A count from 1 to one below the threshold: too few persons to publish. */
    PRIMARY,
    /** A count hidden so that a primary one cannot be worked out from the totals and the other cells. */
    SECONDARY;

    public String messageKey() {
        return "common.disclosure.reason." + name().toLowerCase(Locale.ROOT);
    }
}
