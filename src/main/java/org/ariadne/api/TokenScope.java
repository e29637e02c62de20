package org.ariadne.api;

import java.util.Locale;

/** What a personal access token may do: read only, or read and submit its owner's institution's reports. */
public enum TokenScope {
    READ, READ_WRITE;

    public boolean mayWrite() {
        return this == READ_WRITE;
    }

    public String messageKey() {
        return "api.token.scope." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
