package org.ariadne.dashboards.web;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures written for the reader: the language's separators, at most two decimals, a dash for nothing. */
final class Numbers {

    private final NumberFormat format;
    private final String none;

    Numbers(Locale locale, String none) {
        this.format = NumberFormat.getNumberInstance(locale);
        this.format.setMaximumFractionDigits(2);
        this.none = none;
    }

    public String text(Number value) {
        return value == null ? none : format.format(value);
    }
}
