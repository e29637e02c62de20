package org.ariadne.common.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Conversions shared by the readers and writers: references, numbers, dates and text clean-up. */
final class CellValues {

    /** Excel keeps 15 significant digits; anything beyond is binary floating-point noise (0.1+0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Largest column Excel supports (XFD); parsing stops there so hostile references cannot overflow. */
    static final int MAX_EXCEL_COLUMN = 16_383;

    private CellValues() {
    }

    static String reference(int rowIndex, int columnIndex) {
        return columnLetters(columnIndex) + (rowIndex + 1);
    }

    static String columnLetters(int columnIndex) {
        StringBuilder letters = new StringBuilder();
        int n = columnIndex + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.reverse().toString();
    }

    /**
     * Parses "AB12" (or "AB" / "12") into {row index, column index}, 0-based; -1 for a missing part. Returns null
     * when the text is not a reference. Columns beyond XFD come back as {@code MAX_EXCEL_COLUMN + 1}.
     */
    static int[] parseReference(String ref) {
        if (ref == null || ref.isEmpty()) {
            return null;
        }
        int i = 0;
        int column = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                return null;
            }
            column = Math.min(column * 26 + (c - 'A' + 1), MAX_EXCEL_COLUMN + 2);
            i++;
        }
        int row = 0;
        int digits = 0;
        while (i < ref.length() && ref.charAt(i) >= '0' && ref.charAt(i) <= '9') {
            row = (int) Math.min((long) row * 10 + (ref.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
            digits++;
        }
        if (i != ref.length() || (column == 0 && digits == 0) || (digits > 0 && row == 0)) {
            return null;
        }
        return new int[] {digits > 0 ? row - 1 : -1, column > 0 ? column - 1 : -1};
    }

    /**
     * Excel's double as the decimal a user sees: 2016 (not 2016.0), 0.1 (not 0.1000000000000000055...).
     * Returns null for NaN and infinities, which Excel cannot hold.
     */
    static BigDecimal number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (decimal.precision() > 15) {
            decimal = decimal.round(EXCEL_PRECISION);
        }
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    /** A LocalDate stays as is; a LocalDateTime at midnight becomes a LocalDate (Excel has no "date only" type). */
    static Object dateValue(LocalDateTime dateTime) {
        return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate() : dateTime;
    }

    static String formatDate(Object value) {
        if (value instanceof LocalDateTime dateTime) {
            return (dateTime.getSecond() == 0 ? MINUTES : SECONDS).format(dateTime);
        }
        return ((LocalDate) value).toString();
    }

    /**
     * Text as users mean it: non-breaking spaces (which Excel users paste from Word and web pages) become normal
     * spaces, surrounding white space goes, and the apostrophe our own exports add in front of formula characters
     * is removed again.
     */
    static String cleanText(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
        return SafeSpreadsheetWriter.restore(text).strip();
    }

    /** Same as {@link #cleanText} without removing an apostrophe; for formula results, which we never exported. */
    static String cleanCachedText(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        return raw.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').strip();
    }

    /**
     * Decodes OOXML escapes such as {@code _x000D_} (how Excel stores characters XML cannot hold) in inline strings.
     * Shared strings are decoded by POI already.
     */
    static String decodeOoxmlEscapes(String value) {
        if (value.indexOf("_x") < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            if (i + 7 <= value.length() && value.charAt(i) == '_' && value.charAt(i + 1) == 'x'
                    && value.charAt(i + 6) == '_' && isHex(value, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(value.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(value.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
