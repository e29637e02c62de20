package org.ariadne.stakeholders;

import java.util.Locale;

/**
 * Where an outside organisation's single-use link stands: issued (answers), used (its comments came), revoked by the
 * office, or expired (issued, but its round has closed).
 */
public enum LinkState {
    ISSUED, USED, REVOKED, EXPIRED;

    public String messageKey() {
        return "stakeholders.link.state." + name().toLowerCase(Locale.ROOT);
    }
}
