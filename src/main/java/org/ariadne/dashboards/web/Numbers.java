package org.ariadne.dashboards.web;

import java.util.Locale;

import org.ariadne.common.format.Formats;

/** Figures written for the reader: the language's separators, at most two decimals, a dash for nothing. */
final class Numbers {

    private final Formats format;
    private final String none;

    Numbers(Locale locale, String none) {
        this.format = Formats.of(locale);
        this.none = none;
    }

    public String text(Number value) {
        return value == null ? none : format.number(value);
    }
}
