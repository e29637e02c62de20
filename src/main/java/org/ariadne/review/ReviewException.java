package org.ariadne.review;

import org.ariadne.common.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A change the half-year review refuses, with the message key (and values) the user reads in their language. */
public final class ReviewException extends UserFacingException {

    private ReviewException(String key, Object... args) {
        super(key, args);
    }

    static ReviewException ratingOutOfRange(int number) {
        return new ReviewException("review.error.rating-range", String.valueOf(number));
    }

    static ReviewException approved(HalfYear half) {
        return new ReviewException("review.error.approved", half.label());
    }

    static ReviewException alreadyApproved(HalfYear half) {
        return new ReviewException("review.error.already-approved", half.label());
    }

    static ReviewException notApproved(HalfYear half) {
        return new ReviewException("review.error.not-approved", half.label());
    }

    static ReviewException reasonRequired() {
        return new ReviewException("review.error.reason-required");
    }

    static ReviewException nothingRated(HalfYear half) {
        return new ReviewException("review.error.nothing-rated", half.label());
    }

    /** Approval waits for the comments of every activity rated 2 or 3 (rated before they were asked for). */
    static ReviewException commentsMissing(int count, String codes) {
        return new ReviewException("review.error.comments-missing", count, codes);
    }

    static ReviewException commentsRequired(int rating) {
        return new ReviewException("review.error.comments-required", String.valueOf(rating));
    }

    static ReviewException notRated() {
        return new ReviewException("review.error.not-rated");
    }

    static ReviewException descriptionRequired() {
        return new ReviewException("review.error.description-required");
    }

    static ReviewException ownerRequired() {
        return new ReviewException("review.error.owner-required");
    }

    static ReviewException dueDateRequired() {
        return new ReviewException("review.error.due-date-required");
    }

    static ReviewException unknownInstitution(long id) {
        return new ReviewException("review.error.unknown-institution", String.valueOf(id));
    }

    static ReviewException cannotMove(ActionStatus from, ActionStatus to) {
        return new ReviewException("review.error.cannot-move", new DefaultMessageSourceResolvable(from.messageKey()),
                new DefaultMessageSourceResolvable(to.messageKey()));
    }

    static ReviewException actionClosed(ActionStatus status) {
        return new ReviewException("review.error.action-closed", new DefaultMessageSourceResolvable(status.messageKey()));
    }

    static ReviewException cancelNoteRequired() {
        return new ReviewException("review.error.cancel-note-required");
    }

    static ReviewException changedMeanwhile() {
        return new ReviewException("review.error.changed-meanwhile");
    }

    static ReviewException outsidePlan(HalfYear half, int startYear, int endYear) {
        return new ReviewException("review.error.outside-plan", half.label(), String.valueOf(startYear),
                String.valueOf(endYear));
    }
}
