package org.ariadne.coordination;

import java.util.Locale;

/** A cooperation agreement or a memorandum of understanding. */
public enum AgreementKind {
    COOPERATION_AGREEMENT, MOU;

    public String messageKey() {
        return "coordination.agreement.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
