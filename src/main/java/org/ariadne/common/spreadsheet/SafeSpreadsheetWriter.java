package org.ariadne.common.spreadsheet;

import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * Protection against formula injection in exports (OWASP "CSV injection"): text a user typed, such as
 * {@code =HYPERLINK("http://evil","click")}, must never become a live formula when a colleague opens the export in
 * Excel or LibreOffice. Every export goes through {@link #xlsx()} or {@link #csv()}, which apply this.
 */
public final class SafeSpreadsheetWriter {

    /** Numbers such as "-5", "+3.5", "-0,25" or "-1E+3": harmless in a spreadsheet, and users expect them intact. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SafeSpreadsheetWriter() {
    }

    /**
     * True when {@code text} would need a leading apostrophe: it starts with {@code = + - @}, TAB or CR and is not a
     * plain number, or it starts with apostrophes followed by such text (so that {@link #restore} is an exact
     * inverse even for text that already begins with an apostrophe).
     */
    public static boolean needsNeutralising(String text) {
        if (text == null) {
            return false;
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char first = text.charAt(i);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '+' || first == '-') {
            return !PLAIN_NUMBER.matcher(text).region(i, text.length()).matches();
        }
        return false;
    }

    /**
     * Prefixes an apostrophe to text that a spreadsheet could take for a formula; everything else (including
     * {@code null} and plain numbers like "-5") is returned unchanged.
     */
    public static String neutralise(String text) {
        return needsNeutralising(text) ? "'" + text : text;
    }

    /**
     * The inverse of {@link #neutralise}, for imports: removes one leading apostrophe when what follows is text
     * {@code neutralise} would have prefixed. {@code restore(neutralise(s)).equals(s)} for every string.
     * {@link SpreadsheetReader} already applies this to every text cell; do not apply it a second time.
     */
    public static String restore(String text) {
        if (text != null && text.length() > 1 && text.charAt(0) == '\'' && needsNeutralising(text.substring(1))) {
            return text.substring(1);
        }
        return text;
    }

    /** A new XLSX export (remember to close it, or use try-with-resources). */
    public static SafeXlsxWriter xlsx() {
        return new SafeXlsxWriter();
    }

    /** A new CSV export collected in memory; see {@link SafeCsvWriter#toBytes()}. */
    public static SafeCsvWriter csv() {
        return new SafeCsvWriter();
    }

    /** A new CSV export streamed to {@code out} (the stream is not closed by the writer). */
    public static SafeCsvWriter csv(OutputStream out) {
        return new SafeCsvWriter(out);
    }
}
