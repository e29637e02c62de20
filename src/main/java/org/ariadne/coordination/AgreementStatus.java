package org.ariadne.coordination;

import java.util.Locale;

/**
 * Where an agreement stands. Expired is not typed by anyone: an agreement in force past its expiry date reads as
 * expired ({@link AgreementView#effectiveStatus()}); the officer may still set it to record it so.
 */
public enum AgreementStatus {
    DRAFT, IN_FORCE, EXPIRED, TERMINATED;

    public String messageKey() {
        return "coordination.agreement.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
