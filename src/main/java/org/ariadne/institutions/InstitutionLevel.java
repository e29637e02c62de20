package org.ariadne.institutions;

import java.util.Locale;

public enum InstitutionLevel {
    NATIONAL, REGIONAL, LOCAL;

    public String messageKey() {
        return "institution.level." + name().toLowerCase(Locale.ROOT);
    }
}
