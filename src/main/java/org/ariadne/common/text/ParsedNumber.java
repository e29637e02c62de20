package org.ariadne.common.text;

import java.math.BigDecimal;

/**
 * The result of {@link LenientNumber#parse(String)}.
 *
 * <p>Exactly one of three cases holds: the cell was blank ({@code value} and {@code problemCode}
 * both null), it held a number ({@code value} set), or it held something else ({@code problemCode}
 * set).
 *
 * @param value       the number as written (45 for "45%", not 0.45), keeping the typed scale;
 *                    null if blank or refused
 * @param ambiguous   true if a single "," or "." followed by exactly three digits was read as a
 *                    thousands separator ("1,234" read as 1234), so the caller can say how it
 *                    was read
 * @param percent     true if a trailing "%" was stripped
 * @param currency    the currency symbol or code that was stripped, as typed ("€", "lekë",
 *                    "дин."); null if none
 * @param problemCode {@link LenientNumber#NOT_A_NUMBER} or {@link LenientNumber#BAD_GROUPING};
 *                    null if the cell was blank or held a number
 */
public record ParsedNumber(BigDecimal value, boolean ambiguous, boolean percent, String currency,
                           String problemCode) {

    static final ParsedNumber BLANK = new ParsedNumber(null, false, false, null, null);

    static ParsedNumber problem(String problemCode) {
        return new ParsedNumber(null, false, false, null, problemCode);
    }

    /** @return true if the cell was empty or blank: no value and nothing to complain about */
    public boolean isBlank() {
        return value == null && problemCode == null;
    }

    /** @return true if the text was refused, see {@link #problemCode()} */
    public boolean hasProblem() {
        return problemCode != null;
    }
}
