package org.ariadne.common.text;

import java.time.LocalDate;

/**
 * The result of {@link PeriodText#parseStart(String)} and {@link PeriodText#parseEnd(String)}:
 * one end of the period a cell describes.
 *
 * @param date        the first (for a Start cell) or last (for an End cell) day; null if blank,
 *                    continuous without dates, or refused
 * @param continuous  true if the text says the activity is continuous or ongoing
 * @param problemCode one of the problem codes in {@link PeriodText}, or null
 */
public record ParsedDate(LocalDate date, boolean continuous, String problemCode) {

    /** @return true if the cell was empty or blank */
    public boolean isBlank() {
        return date == null && !continuous && problemCode == null;
    }

    /** @return true if the text was refused, see {@link #problemCode()} */
    public boolean hasProblem() {
        return problemCode != null;
    }
}
