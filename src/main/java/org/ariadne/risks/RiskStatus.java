package org.ariadne.risks;

import java.util.Locale;

/** Where a risk stands: still open, brought down by its mitigation, happened, or no longer relevant. */
public enum RiskStatus {
    OPEN, MITIGATED, OCCURRED, CLOSED;

    public String messageKey() {
        return "risks.status." + name().toLowerCase(Locale.ROOT);
    }

    /** Open and occurred risks still need watching; mitigated and closed ones are reviewed less urgently. */
    public boolean live() {
        return this == OPEN || this == OCCURRED;
    }
}
