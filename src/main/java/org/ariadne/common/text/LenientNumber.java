package org.ariadne.common.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers the way people type them into spreadsheets in the Western Balkans, where the same
 * workbook may hold "1.234,56" from a Serbian colleague and "1,234.56" from an English template.
 *
 * <p>Rules, in the order they apply:
 * <ol>
 *   <li>Blank → {@link ParsedNumber#isBlank() blank}, no problem.</li>
 *   <li>A trailing "%" is stripped and reported in {@link ParsedNumber#percent()}; the value stays
 *       as written (45 for "45%").</li>
 *   <li>One currency symbol or code before or after the number (€, EUR, $, USD, ALL, Lek, lekë,
 *       RSD, din., дин., MKD, ден., KM, BAM) is stripped and kept in
 *       {@link ParsedNumber#currency()}.</li>
 *   <li>One leading "+" or "-" (or the Unicode minus sign). Parentheses for negatives, "(12)",
 *       are refused: in these plans a bracket is far more often a remark than accounting.</li>
 *   <li>Space, no-break space, narrow no-break space and apostrophe only ever group thousands.</li>
 *   <li>If both "." and "," occur, the last one is the decimal separator and the other must group
 *       digits by three.</li>
 *   <li>If one of them occurs more than once, it groups thousands ("1.234.567").</li>
 *   <li>If one of them occurs once and is followed by exactly three digits, after one to three
 *       digits that are not all zero, it is read as a thousands separator and flagged
 *       {@link ParsedNumber#ambiguous() ambiguous} ("1,234" → 1234). "0,234" and "1234,567" cannot
 *       be thousands and are decimals. Otherwise the single separator is the decimal one.</li>
 *   <li>A single trailing "." after a digit is ignored (Serbian and Macedonian write "2016.").</li>
 * </ol>
 * Anything else is refused with {@link #NOT_A_NUMBER} (letters, words, brackets, exponents like
 * "1E5") or {@link #BAD_GROUPING} (digits and separators only, but not in groups of three:
 * "1,23,4", "1.2.3").
 */
public final class LenientNumber {

    /** The text is not a number at all ("n/a", "12 persons", "(12)"). */
    public static final String NOT_A_NUMBER = "not-a-number";
    /** The text has only digits and separators, but they are not placed like thousands/decimals. */
    public static final String BAD_GROUPING = "bad-grouping";
    /** {@link #parseYear(String)}: not a four-digit year between {@link #MIN_YEAR} and {@link #MAX_YEAR}. */
    public static final String NOT_A_YEAR = "not-a-year";

    /** Earliest year accepted by {@link #parseYear(String)}; no action plan in scope is older. */
    public static final int MIN_YEAR = 1990;
    /** Latest year accepted by {@link #parseYear(String)}. */
    public static final int MAX_YEAR = 2100;

    /** Longer text is never a number a person typed; refusing early keeps the regexes cheap. */
    private static final int MAX_LENGTH = 64;

    private static final String CURRENCY =
            "(€|\\$|eur|euro|usd|all|lek[eë]?|rsd|din\\.?|дин\\.?|mkd|den\\.?|ден\\.?|km|bam)";
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "^" + CURRENCY + "\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The number must end in a digit or dot so that "Lek" in "12Lek" is not read as part of it. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "^(.*?[0-9.])\\s*" + CURRENCY + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DIGITS_AND_SEPARATORS = Pattern.compile("[0-9.,' ]*[0-9][0-9.,' ]*");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})(?:\\.|[.,]0+)?");

    private LenientNumber() {
    }

    /**
     * Parses a number typed by a person, see the class description for the rules.
     *
     * @param text the cell text, may be null
     * @return the parsed number, never null; never throws
     */
    public static ParsedNumber parse(String text) {
        if (text == null) {
            return ParsedNumber.BLANK;
        }
        String s = clean(text);
        if (s.isEmpty()) {
            return ParsedNumber.BLANK;
        }
        if (s.length() > MAX_LENGTH) {
            return ParsedNumber.problem(NOT_A_NUMBER);
        }

        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }

        // The sign may come before or after a leading currency: "-€ 12" and "€ -12".
        String sign = "";
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.substring(0, 1);
            s = s.substring(1).strip();
        }
        String currency = null;
        Matcher before = CURRENCY_BEFORE.matcher(s);
        if (before.matches()) {
            currency = before.group(1);
            s = before.group(2).strip();
            if (sign.isEmpty() && (s.startsWith("-") || s.startsWith("+"))) {
                sign = s.substring(0, 1);
                s = s.substring(1).strip();
            }
        }
        Matcher after = CURRENCY_AFTER.matcher(s);
        if (after.matches()) {
            if (currency != null) {
                return ParsedNumber.problem(NOT_A_NUMBER); // "€ 12 EUR"
            }
            currency = after.group(2);
            s = after.group(1).strip();
        }

        if (!DIGITS_AND_SEPARATORS.matcher(s).matches()) {
            return ParsedNumber.problem(NOT_A_NUMBER);
        }
        return digits(s, sign, percent, currency);
    }

    /**
     * Parses a year typed in a cell: four digits between {@value #MIN_YEAR} and {@value #MAX_YEAR},
     * surrounding spaces allowed, and also "2016.0" (a number cell shown as text) and "2016."
     * (Serbian/Macedonian ordinal dot). "16", "2.016" or "2016-2017" are refused with
     * {@link #NOT_A_YEAR}.
     *
     * @param text the cell text, may be null
     * @return the parsed year, never null; never throws
     */
    public static ParsedYear parseYear(String text) {
        if (text == null) {
            return ParsedYear.BLANK;
        }
        String s = clean(text);
        if (s.isEmpty()) {
            return ParsedYear.BLANK;
        }
        if (s.length() > MAX_LENGTH) {
            return new ParsedYear(null, NOT_A_YEAR);
        }
        Matcher m = YEAR.matcher(s);
        if (!m.matches()) {
            return new ParsedYear(null, NOT_A_YEAR);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return new ParsedYear(null, NOT_A_YEAR);
        }
        return new ParsedYear(year, null);
    }

    /**
     * NFKC (fullwidth digits, no-break and narrow no-break spaces become ASCII), every run of
     * white space one space, the typographic apostrophe and minus sign made ASCII, trimmed.
     */
    private static String clean(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\p{Z}]+", " ").strip();
        return s.replace('\u2212', '-').replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    /** Reads a string of digits and separators ("1.234,56"); the sign etc. are already removed. */
    private static ParsedNumber digits(String s, String sign, boolean percent, String currency) {
        // "2016." is how Serbian and Macedonian write many numbers; the dot is an ordinal mark.
        if (s.length() > 1 && s.endsWith(".") && Character.isDigit(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        int dots = count(s, '.');
        int commas = count(s, ',');
        boolean ambiguous = false;
        char decimal = 0;      // 0: no decimal separator
        char dotOrComma = 0;   // '.' or ',' when used to group thousands
        if (dots > 0 && commas > 0) {
            decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            dotOrComma = decimal == '.' ? ',' : '.';
            if (count(s, decimal) > 1) {
                return ParsedNumber.problem(BAD_GROUPING);
            }
        } else if (dots + commas > 1) {
            dotOrComma = dots > 0 ? '.' : ',';
        } else if (dots + commas == 1) {
            char separator = dots > 0 ? '.' : ',';
            int at = s.indexOf(separator);
            String before = s.substring(0, at);
            String after = s.substring(at + 1);
            boolean spacesGroup = s.indexOf(' ') >= 0 || s.indexOf('\'') >= 0;
            if (!spacesGroup && after.length() == 3 && isDigits(after) && isDigits(before)
                    && before.length() <= 3 && !before.chars().allMatch(c -> c == '0')) {
                dotOrComma = separator;
                ambiguous = true;
            } else {
                decimal = separator;
            }
        }

        // Only one way of grouping thousands per number: "1 234.567,8" is a mix-up, not a number.
        int groupingKinds = (dotOrComma != 0 ? 1 : 0) + (s.indexOf(' ') >= 0 ? 1 : 0)
                + (s.indexOf('\'') >= 0 ? 1 : 0);
        if (groupingKinds > 1) {
            return ParsedNumber.problem(BAD_GROUPING);
        }
        char group = dotOrComma != 0 ? dotOrComma : s.indexOf(' ') >= 0 ? ' ' : s.indexOf('\'') >= 0 ? '\'' : 0;

        String integerPart = s;
        String fraction = "";
        if (decimal != 0) {
            int at = s.indexOf(decimal);
            integerPart = s.substring(0, at);
            fraction = s.substring(at + 1);
            if (!isDigits(fraction)) {
                return ParsedNumber.problem(BAD_GROUPING);   // "1,", "1,5 000"
            }
            if (integerPart.isEmpty()) {
                integerPart = "0";                          // ",5" and ".5"
            }
        }
        String integerDigits = group == 0 ? integerPart : ungroup(integerPart, group);
        if (integerDigits == null || !isDigits(integerDigits)) {
            return ParsedNumber.problem(BAD_GROUPING);
        }
        String plain = sign + integerDigits + (fraction.isEmpty() ? "" : "." + fraction);
        return new ParsedNumber(new BigDecimal(plain), ambiguous, percent, currency, null);
    }

    /** "1.234.567" → "1234567"; null unless the first group has 1–3 digits and the others 3. */
    private static String ungroup(String integerPart, char group) {
        String[] groups = integerPart.split(Pattern.quote(String.valueOf(group)), -1);
        StringBuilder digits = new StringBuilder(integerPart.length());
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean sizeOk = i == 0 ? g.length() >= 1 && g.length() <= 3 : g.length() == 3;
            if (!sizeOk || !isDigits(g)) {
                return null;
            }
            digits.append(g);
        }
        return digits.toString();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
