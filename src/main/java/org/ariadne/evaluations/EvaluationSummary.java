package org.ariadne.evaluations;

import java.time.LocalDate;

/** One evaluation in the list. */
public record EvaluationSummary(long id, long planId, String planTitle, String title, EvaluationKind kind,
        EvaluationStatus status, String evaluatorOrganisation, boolean independent, LocalDate startsOn,
        LocalDate finalReportOn, boolean demo) {
}
