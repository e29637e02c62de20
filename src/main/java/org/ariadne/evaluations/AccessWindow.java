package org.ariadne.evaluations;

import java.time.LocalDate;

/**
 * The days an evaluator may open and work on an evaluation, both included. Outside it every page of the evaluation
 * answers 403 to them, whatever their account's own expiry says.
 */
public record AccessWindow(LocalDate from, LocalDate until) {

    public AccessWindow {
        if (from == null || until == null) {
            throw EvaluationException.windowMissing();
        }
        if (until.isBefore(from)) {
            throw EvaluationException.windowReversed();
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(until);
    }

    /** Whether it has closed by {@code day} (its last day is before it). */
    public boolean closedBy(LocalDate day) {
        return until.isBefore(day);
    }
}
