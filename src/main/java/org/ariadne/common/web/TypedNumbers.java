package org.ariadne.common.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;

import org.ariadne.common.text.LenientNumber;
import org.springframework.format.Formatter;

/**
 * Numbers in forms, read the way people type them ({@link LenientNumber}: "1,250.5", "1.250,5", "1 250,5", "1250.5"
 * and a currency or "%" around them). The one reading that depends on the language is a single separator before
 * exactly three digits: "1,250" is 1250 in English but 1.25 in Albanian, where the comma is the decimal separator.
 * Shown back plain, as every form writes numbers. Registered for every {@code BigDecimal} a form binds.
 */
public class TypedNumbers implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        var parsed = LenientNumber.parse(text);
        if (parsed.hasProblem()) {
            throw new ParseException(parsed.problemCode() + ": " + text, 0);
        }
        if (parsed.isBlank()) {
            return null;
        }
        var value = parsed.value();
        if (parsed.ambiguous() && separatorIn(text) == DecimalFormatSymbols.getInstance(locale).getDecimalSeparator()) {
            // read as thousands ("1,250" → 1250); the user's language says it is the decimal separator (1.250)
            value = value.movePointLeft(3);
        }
        return value;
    }

    /** As the number was stored, without an exponent ("1250.50", never "1.2505E+3"); pages tidy it if they wish. */
    @Override
    public String print(BigDecimal value, Locale locale) {
        return value.toPlainString();
    }

    private static char separatorIn(String text) {
        return text.indexOf(',') >= 0 ? ',' : '.';
    }
}
