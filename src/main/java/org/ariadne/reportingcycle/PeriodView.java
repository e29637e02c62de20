package org.ariadne.reportingcycle;

import java.time.LocalDate;

/** A reporting period: "2016-Q2", 1 April to 30 June, due 15 July. */
public record PeriodView(long id, long planId, LocalDate startsOn, LocalDate endsOn, LocalDate deadline, String label) {

    public boolean isOverOn(LocalDate day) {
        return day.isAfter(endsOn);
    }

    public boolean isDueBy(LocalDate day) {
        return day.isAfter(deadline);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
