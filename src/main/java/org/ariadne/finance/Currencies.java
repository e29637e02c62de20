package org.ariadne.finance;

import java.util.Currency;
import java.util.Locale;

/** ISO 4217 codes as people type them ("usd ", "Eur"). */
final class Currencies {

    private Currencies() {
    }

    static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether {@code code} is an ISO 4217 currency the platform knows (EUR, USD, ALL, MKD, ...). */
    static boolean isKnown(String code) {
        var normal = normalise(code);
        if (normal == null || !normal.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(normal);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
