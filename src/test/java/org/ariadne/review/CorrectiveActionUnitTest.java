package org.ariadne.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.common.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of a corrective action, one test per rule. */
class CorrectiveActionUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 10, 9, 30);
    private static final LocalDateTime LATER = LocalDateTime.of(2026, 10, 2, 14, 0);

    private final HalfYearReview review = HalfYearReview.draft(7, HalfYear.of("2026-H1"), "officer", NOW);

    private CorrectiveAction actionFor(int rating) {
        var rated = ActivityRating.first(review, 1, Rating.of(rating), "why", "officer", NOW);
        return CorrectiveAction.answering(review, rated, new CorrectiveActionCommand("Hire two more social workers", 5L,
                LocalDate.of(2026, 9, 30)), "officer", NOW);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            return refused.messageKey();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void everyRatingMayTakeCorrectiveActionsAnOnTrackOneToo() {
        assertThat(actionFor(1).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(actionFor(2).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(actionFor(3).status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void anActionNeedsADescriptionAnOwnerAndADueDate() {
        var rated = ActivityRating.first(review, 1, Rating.NEEDS_REVISION, "why", "officer", NOW);
        assertThat(refusal(() -> CorrectiveAction.answering(review, rated,
                new CorrectiveActionCommand("  ", 5L, LocalDate.of(2026, 9, 30)), "officer", NOW)))
                .isEqualTo("review.error.description-required");
        assertThat(refusal(() -> CorrectiveAction.answering(review, rated,
                new CorrectiveActionCommand("Act", null, LocalDate.of(2026, 9, 30)), "officer", NOW)))
                .isEqualTo("review.error.owner-required");
        assertThat(refusal(() -> CorrectiveAction.answering(review, rated,
                new CorrectiveActionCommand("Act", 5L, null), "officer", NOW)))
                .isEqualTo("review.error.due-date-required");
    }

    @Test
    void anActionGoesFromOpenToInProgressToDoneAndNoStepIsSkipped() {
        var action = actionFor(2);

        assertThat(refusal(() -> action.moveTo(ActionStatus.DONE, null, "officer", NOW)))
                .isEqualTo("review.error.cannot-move");
        action.moveTo(ActionStatus.IN_PROGRESS, "Vacancy published", "focal", NOW);
        assertThat(refusal(() -> action.moveTo(ActionStatus.OPEN, null, "officer", NOW)))
                .isEqualTo("review.error.cannot-move");
        action.moveTo(ActionStatus.DONE, "Both hired", "focal", LATER);

        assertThat(action.status()).isEqualTo(ActionStatus.DONE);
        assertThat(action.statusNote()).isEqualTo("Both hired");
    }

    @Test
    void aCancellationSaysWhy() {
        var action = actionFor(3);

        assertThat(refusal(() -> action.moveTo(ActionStatus.CANCELLED, " ", "officer", NOW)))
                .isEqualTo("review.error.cancel-note-required");
        action.moveTo(ActionStatus.CANCELLED, "The activity was dropped from the plan", "officer", LATER);

        assertThat(action.status()).isEqualTo(ActionStatus.CANCELLED);
    }

    @Test
    void doneAndCancelledRecordTheClosingDateAndAreFinal() {
        var done = actionFor(2);
        done.moveTo(ActionStatus.IN_PROGRESS, null, "officer", NOW);
        assertThat(done.closedOn()).isNull();
        done.moveTo(ActionStatus.DONE, null, "officer", LATER);
        var cancelled = actionFor(2);
        cancelled.moveTo(ActionStatus.CANCELLED, "Not needed any more", "officer", LATER);

        assertThat(done.closedOn()).isEqualTo(LATER.toLocalDate());
        assertThat(cancelled.closedOn()).isEqualTo(LATER.toLocalDate());
        assertThat(refusal(() -> done.moveTo(ActionStatus.CANCELLED, "changed my mind", "officer", LATER)))
                .isEqualTo("review.error.action-closed");
        assertThat(refusal(() -> cancelled.revise(new CorrectiveActionCommand("Other", 5L, LocalDate.of(2027, 1, 1)),
                "officer", LATER))).isEqualTo("review.error.action-closed");
    }

    @Test
    void anActionIsOverdueWhenItsDueDateHasPassedAndItIsNotClosed() {
        var action = actionFor(2);

        assertThat(action.isOverdueOn(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(action.isOverdueOn(LocalDate.of(2026, 10, 1))).isTrue();
        action.moveTo(ActionStatus.CANCELLED, "Superseded", "officer", LATER);
        assertThat(action.isOverdueOn(LocalDate.of(2026, 10, 1))).isFalse();
    }

    @Test
    void aNoteAloneCanChangeWithoutMovingTheStatus() {
        var action = actionFor(2);

        action.moveTo(ActionStatus.OPEN, "Waiting for the budget", "focal", NOW);

        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(action.statusNote()).isEqualTo("Waiting for the budget");
    }
}
