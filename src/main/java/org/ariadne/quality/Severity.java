package org.ariadne.quality;

import java.util.Locale;

/** How much a finding matters: a problem makes the element unmeasurable, a warning asks the officer to check. */
public enum Severity {
    PROBLEM, WARNING;

    public String messageKey() {
        return "quality.severity." + name().toLowerCase(Locale.ROOT);
    }
}
