package org.ariadne.reportingcycle.web;

import org.ariadne.reportingcycle.Completeness.Cell;
import org.ariadne.reportingcycle.Completeness.State;

/**
 * How a cell of the completeness matrix looks: the colour of its badge and the message keys of its short text
 * ("late"), its name ("Submitted late") and what it means. Green is in, amber needs attention, red is missing.
 */
final class CompletenessBadges {

    static final String NOT_EXPECTED = "not-expected";
    static final String NOT_EXPECTED_CLASS = "muted";

    private CompletenessBadges() {
    }

    /** "submitted-late", or "not-expected" where the institution has nothing to report in the period. */
    static String code(Cell cell) {
        return cell.expected() ? code(cell.state()) : NOT_EXPECTED;
    }

    static String code(State state) {
        return state.messageKey().substring("reporting.state.".length());
    }

    static String badgeClass(Cell cell) {
        return cell.expected() ? badgeClass(cell.state()) : NOT_EXPECTED_CLASS;
    }

    static String badgeClass(State state) {
        return switch (state) {
            case ACCEPTED, SUBMITTED_ON_TIME -> "ok";
            case SUBMITTED_LATE, RETURNED, REOPENED -> "warn";
            case MISSING -> "bad";
            case OPEN -> "info";
            case NOT_DUE -> "muted";
        };
    }

    /** A cell opens the report once the period has started, and only where there is something to report. */
    static boolean linked(Cell cell) {
        return cell.expected() && cell.state() != State.NOT_DUE;
    }
}
