package org.ariadne.common.text;

/**
 * The result of {@link LenientNumber#parseYear(String)}.
 *
 * @param year        the year, between {@link LenientNumber#MIN_YEAR} and
 *                    {@link LenientNumber#MAX_YEAR}; null if blank or refused
 * @param problemCode {@link LenientNumber#NOT_A_YEAR}, or null
 */
public record ParsedYear(Integer year, String problemCode) {

    static final ParsedYear BLANK = new ParsedYear(null, null);

    /** @return true if the cell was empty or blank */
    public boolean isBlank() {
        return year == null && problemCode == null;
    }

    /** @return true if the text was refused */
    public boolean hasProblem() {
        return problemCode != null;
    }
}
