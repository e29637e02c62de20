package org.ariadne.reporting.web;

import org.ariadne.reporting.web.ReportView.PartState;
import org.ariadne.reporting.web.ReportView.Review;

/**
 * What one showing of the report page adds to the sheet as saved: the part a save came back to (its message, and
 * when refused the input as typed with the reasons), or the problem of a step of the workflow. Made once per
 * request by the controller that knows it.
 *
 * @param anchor   the part ("a-12", "i-3-2026-01-01", "e-12" for an activity's evidence), or null
 * @param input    the part's fields as typed ({@link PartInputs}), null to show them as saved
 * @param revision the revision to send with the next save, null for the saved one
 */
record PageState(String anchor, Object input, Integer revision, PartState state, String submitProblem,
        Review review, String reopenProblem, String reopenReason) {

    static PageState nothing() {
        return new PageState(null, null, null, PartState.NONE, null, null, null, null);
    }

    /** The message of a save or an upload, in the part it is about. */
    static PageState notice(String anchor, String message, boolean problem) {
        return new PageState(anchor, null, null, new PartState(message, problem, java.util.Map.of(), null), null,
                null, null, null);
    }

    /** A part that was not saved: its input as typed and why. */
    static PageState cameBack(String anchor, Object input, Integer revision, PartState state) {
        return new PageState(anchor, input, revision, state, null, null, null, null);
    }

    static PageState submitProblem(String problem) {
        return new PageState(null, null, null, PartState.NONE, problem, null, null, null);
    }

    static PageState review(Review review) {
        return new PageState(null, null, null, PartState.NONE, null, review, null, null);
    }

    /** A refused step of the review, with the comments as saved. */
    static PageState reviewProblem(String problem) {
        return review(new Review(null, null, problem));
    }

    static PageState reopen(String problem, String reason) {
        return new PageState(null, null, null, PartState.NONE, null, null, problem, reason);
    }

    boolean at(String part) {
        return part.equals(anchor);
    }

    PartState stateAt(String part) {
        return at(part) ? state : PartState.NONE;
    }
}
