package org.ariadne.common.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * How a value is written for a reader, in their language, from one place: dates, times, numbers, money, percentages
 * and plurals, after the CLDR conventions ICU4J carries ("4 Dec 2026" and "30,000.5" in English, "4 dhj 2026" and
 * "30 000,5" in Albanian). Pages reach it as {@code #fmt} ({@link FormatsDialect}); charts, workbooks and documents
 * call {@link #of(Locale)}.
 * <p>
 * English without a country is written the way it is read in the region: day before month, 24-hour clock (as
 * en-GB). Times are always on the 24-hour clock, as offices in the region write them. A null value is written as
 * an empty text: the page decides what stands for "nothing".
 */
public final class Formats {

    private static final int MAX_FRACTION_DIGITS = 2;

    private final ULocale locale;

    private Formats(ULocale locale) {
        this.locale = locale;
    }

    public static Formats of(Locale locale) {
        var language = locale == null ? Locale.ENGLISH : locale;
        if ("en".equals(language.getLanguage()) && language.getCountry().isEmpty()) {
            language = Locale.UK;
        }
        return new Formats(ULocale.forLocale(language));
    }

    /** "4 Dec 2026", "4 dhj 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : inUtc(DateFormat.getInstanceForSkeleton("yMMMd", locale)).format(utc(date.atStartOfDay()));
    }

    /** A date with its weekday, for deadlines and holidays: "Fri, 4 Dec 2026", "pre, 4 dhj 2026". */
    public String dayDate(LocalDate date) {
        return date == null ? "" : inUtc(DateFormat.getInstanceForSkeleton("yMMMEd", locale)).format(utc(date.atStartOfDay()));
    }

    /** "4 Dec 2026, 22:04", "4 dhj 2026, 22:04". */
    public String dateTime(LocalDateTime at) {
        return at == null ? "" : inUtc(DateFormat.getInstanceForSkeleton("yMMMdHHmm", locale)).format(utc(at));
    }

    /** "December 2026", "dhjetor 2026". */
    public String month(LocalDate date) {
        return date == null ? "" : inUtc(DateFormat.getInstanceForSkeleton("yMMMM", locale)).format(utc(date.atStartOfDay()));
    }

    /**
     * The months from {@code start} to {@code end}, as a reporting period is named: "January 2026", "January – March
     * 2026", "December 2025 – February 2026" (in Albanian "janar – mars 2026"); a whole calendar year is "2026". ICU's
     * interval format says where each language puts the dash and the year.
     */
    public String months(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            return start == null ? month(end) : month(start);
        }
        if (start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31
                && start.getYear() == end.getYear()) {
            return Integer.toString(start.getYear());
        }
        var format = com.ibm.icu.text.DateIntervalFormat.getInstance("yMMMM", locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        var text = format.format(new com.ibm.icu.util.DateInterval(utc(start.atStartOfDay()).getTime(),
                utc(end.atStartOfDay()).getTime()), new StringBuffer(), new java.text.FieldPosition(0)).toString();
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale.toLocale()) + text.substring(1);
    }

    /** A number with the reader's separators and at most two decimals: "30,000.5", "30 000,5". */
    public String number(Number value) {
        return decimal(value, 0, MAX_FRACTION_DIGITS);
    }

    /**
     * A number with every decimal it has, as it was typed or read from a cell (a changed value in an import's
     * preview must not look rounded): "1,234.5678", "1 234,5678".
     */
    public String exactly(Number value) {
        int decimals = value instanceof BigDecimal decimal ? Math.max(0, decimal.stripTrailingZeros().scale())
                : MAX_FRACTION_DIGITS;
        return decimal(value, 0, decimals);
    }

    /** A number rounded to a whole one (half up), with the reader's separators: "1,251", "1 251". */
    public String whole(Number value) {
        return decimal(value, 0, 0);
    }

    /** An amount of money as a table shows it under a currency heading: always two decimals, "30,000.00". */
    public String money(Number amount) {
        return decimal(amount, 2, 2);
    }

    /** An amount with its currency, where the reader puts it: "€30,000.00", "30 000,00 €". */
    public String money(Number amount, String currency) {
        if (amount == null) {
            return "";
        }
        if (currency == null || currency.isBlank()) {
            return money(amount);
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(exact(amount));
    }

    /** A share given in percent (63 for 63 %), rounded to whole percent unless told otherwise: "63%", "63 %". */
    public String percent(Number percent) {
        return percent(percent, 0);
    }

    public String percent(Number percent, int decimals) {
        if (percent == null) {
            return "";
        }
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(decimals);
        return format.format(percent.doubleValue() / 100);
    }

    /**
     * A count with its word in the reader's plural, from an ICU pattern ("{0, plural, one{# activity} other{#
     * activities}}"): the patterns live in the message bundles, one per language, since languages have different
     * plural forms.
     */
    public String plural(String pattern, long count) {
        return new MessageFormat(pattern, locale).format(new Object[] {count});
    }

    public Locale locale() {
        return locale.toLocale();
    }

    private String decimal(Number value, int minimumDecimals, int maximumDecimals) {
        if (value == null) {
            return "";
        }
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minimumDecimals);
        format.setMaximumFractionDigits(maximumDecimals);
        format.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
        return format.format(exact(value));
    }

    /** A BigDecimal as ICU reads it without going through a double (no 0.1 + 0.2 surprises in money). */
    private static Object exact(Number value) {
        return value instanceof BigDecimal decimal ? new com.ibm.icu.math.BigDecimal(decimal) : value;
    }

    private static DateFormat inUtc(DateFormat format) {
        format.setTimeZone(TimeZone.GMT_ZONE);
        return format;
    }

    private static Date utc(LocalDateTime at) {
        return Date.from(at.toInstant(ZoneOffset.UTC));
    }
}
