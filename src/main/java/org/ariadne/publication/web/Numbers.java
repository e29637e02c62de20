package org.ariadne.publication.web;

import java.text.NumberFormat;
import java.util.Locale;

import org.ariadne.common.format.Formats;

/** Figures written for the reader: the language's separators, at most two decimals, a dash for nothing. */
final class Numbers {

    private final Formats formats;
    private final String none;
    private final Locale locale;

    Numbers(Locale locale, String none) {
        this.locale = locale;
        this.formats = Formats.of(locale);
        this.none = none;
    }

    public String text(Number value) {
        return value == null ? none : formats.number(value);
    }

    /** A file's size: "245 KB", "1.2 MB". */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return formats.whole(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        var megabytes = NumberFormat.getNumberInstance(locale);
        megabytes.setMaximumFractionDigits(1);
        return megabytes.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
