package org.ariadne.common.text;

import java.time.LocalDate;

/**
 * The result of {@link PeriodText#parse(String)}: a closed period of days.
 *
 * <p>Cases: blank (everything null, not continuous); a period ({@code start} and {@code end} set);
 * continuous without dates ({@code continuous} true, dates null: use the plan's period);
 * continuous with dates ("2016-2017 (continuous)"); refused ({@code problemCode} set).
 *
 * @param start       first day of the period, inclusive; null if blank, continuous or refused
 * @param end         last day of the period, inclusive; null if blank, continuous or refused
 * @param continuous  true if the text says the activity is continuous or ongoing
 * @param problemCode one of the problem codes in {@link PeriodText}, or null
 */
public record ParsedPeriod(LocalDate start, LocalDate end, boolean continuous, String problemCode) {

    static final ParsedPeriod BLANK = new ParsedPeriod(null, null, false, null);
    static final ParsedPeriod CONTINUOUS = new ParsedPeriod(null, null, true, null);

    static ParsedPeriod problem(String problemCode) {
        return new ParsedPeriod(null, null, false, problemCode);
    }

    /** @return true if the cell was empty or blank */
    public boolean isBlank() {
        return start == null && end == null && !continuous && problemCode == null;
    }

    /** @return true if the text was refused, see {@link #problemCode()} */
    public boolean hasProblem() {
        return problemCode != null;
    }
}
