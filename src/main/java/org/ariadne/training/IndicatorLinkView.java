package org.ariadne.training;

import java.time.LocalDate;
import java.util.List;

/** A linked indicator with its figures computed for the quarters of a year. */
public record IndicatorLinkView(long id, int version, long indicatorId, long planId, String planTitle,
        String indicatorName, TargetGroup targetGroup, List<PeriodFigure> quarters, Participation year) {

    /** Professionals trained in trainings that ended in the period. */
    public record PeriodFigure(LocalDate startsOn, LocalDate endsOn, Participation participation) {
    }
}
