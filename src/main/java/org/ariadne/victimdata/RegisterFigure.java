package org.ariadne.victimdata;

import java.time.LocalDate;

/**
 * Persons the register counts for a plan indicator in a period, each once (their first case in the period gives their
 * sex and age): the total and its parts by sex (women, men, other) and age group (under 18, adults, age unknown), and
 * the sex × age grid of women and men of known age. Exact: only the office reads it as such.
 */
public record RegisterFigure(RegisterMeasure measure, LocalDate from, LocalDate to, long total, long women, long men,
        long otherSex, long children, long adults, long unknownAge, long[][] grid) {

    /** The grid's rows: women, men; its columns: under 18, adults. */
    public long cell(int sex, int age) {
        return grid[sex][age];
    }
}
