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

    /**
     * Whether a report first submitted on {@code firstSubmitted} met the deadline (the deadline day itself counts). The
     * first submission decides: a report that came in on time and was returned for corrections stays on time, however
     * late it is sent again. Completeness, the reminders and the notices all judge by this rule.
     */
    public boolean metBy(LocalDate firstSubmitted) {
        return firstSubmitted != null && !firstSubmitted.isAfter(deadline);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
