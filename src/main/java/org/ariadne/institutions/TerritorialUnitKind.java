package org.ariadne.institutions;

import java.util.Locale;

/** The two tiers below the state: a region, and a municipality within a region. */
public enum TerritorialUnitKind {
    REGION,
    MUNICIPALITY;

    public String messageKey() {
        return "territory.kind." + name().toLowerCase(Locale.ROOT);
    }
}
