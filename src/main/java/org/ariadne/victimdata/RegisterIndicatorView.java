package org.ariadne.victimdata;

import java.util.List;

/**
 * A linked indicator with its figure for each quarter of a year and for the year, exact (the office's page), and
 * whether each would be offered to the report or withheld by the disclosure rule.
 */
public record RegisterIndicatorView(long id, int version, long indicatorId, long planId, String planTitle,
        String indicatorName, RegisterMeasure measure, boolean bySex, boolean byAgeGroup, List<Period> quarters,
        Period year) {

    /** The figure of one period, and what the report is offered of it (null total: withheld as too small). */
    public record Period(RegisterFigure figure, Long offeredTotal, boolean breakdownOffered, List<String> withheld) {
    }
}
