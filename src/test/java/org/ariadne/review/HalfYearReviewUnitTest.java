package org.ariadne.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ariadne.common.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a half-year review and its ratings, one test per rule. */
class HalfYearReviewUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 7, 10, 9, 30);
    private static final HalfYear H1 = HalfYear.of("2026-H1");
    private static final Map<Long, String> CODES = Map.of(1L, "A1.1.1", 2L, "A1.1.2", 3L, "A1.1.3");

    private final HalfYearReview review = HalfYearReview.draft(7, H1, "officer", NOW);

    private ActivityRating rate(long activityId, int rating) {
        return ActivityRating.first(review, activityId, Rating.of(rating), "because", "officer", NOW);
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
    void aRatingIsOneTwoOrThreeAndNothingElse() {
        assertThat(Rating.of(1)).isEqualTo(Rating.ON_TRACK);
        assertThat(Rating.of(2)).isEqualTo(Rating.MANAGEABLE_DIFFICULTIES);
        assertThat(Rating.of(3)).isEqualTo(Rating.NEEDS_REVISION);
        assertThat(refusal(() -> Rating.of(0))).isEqualTo("review.error.rating-range");
        assertThat(refusal(() -> Rating.of(4))).isEqualTo("review.error.rating-range");
        assertThat(refusal(() -> rate(1, 5))).isEqualTo("review.error.rating-range");
    }

    @Test
    void approvalWaitsForACorrectiveActionOnEveryActivityRatedTwoOrThree() {
        var ratings = List.of(rate(1, 1), rate(2, 2), rate(3, 3));

        assertThatThrownBy(() -> review.approve(ratings, Map.of(3L, 1), CODES, "coordinator", NOW))
                .isInstanceOf(ReviewException.class)
                .satisfies(e -> {
                    assertThat(((UserFacingException) e).messageKey()).isEqualTo("review.error.actions-missing");
                    assertThat(((UserFacingException) e).arguments()).containsExactly(1, "A1.1.2");
                });
        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);

        review.approve(ratings, Map.of(2L, 1, 3L, 2), CODES, "coordinator", NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.view().approvedBy()).isEqualTo("coordinator");
    }

    @Test
    void aCancelledCorrectiveActionDoesNotAnswerTheRating() {
        var rating = rate(2, 2);
        var action = CorrectiveAction.answering(review, rating, command(), "officer", NOW);
        action.moveTo(ActionStatus.CANCELLED, "Merged into another action", "officer", NOW);

        var answers = CorrectiveAction.livePerActivity(List.of(action));

        assertThat(HalfYearReview.unanswered(List.of(rating), answers)).containsExactly(rating);
    }

    @Test
    void aReviewWithNothingRatedCannotBeApproved() {
        assertThat(refusal(() -> review.approve(List.of(), Map.of(), CODES, "coordinator", NOW)))
                .isEqualTo("review.error.nothing-rated");
    }

    @Test
    void anApprovedReviewsRatingsCannotChange() {
        var rating = rate(1, 2);
        review.approve(List.of(rating), Map.of(1L, 1), CODES, "coordinator", NOW);

        assertThat(refusal(() -> rating.change(review, Rating.ON_TRACK, "better now", "officer", NOW)))
                .isEqualTo("review.error.approved");
        assertThat(refusal(() -> rate(2, 1))).isEqualTo("review.error.approved");
        assertThat(refusal(() -> CorrectiveAction.answering(review, rating, command(), "officer", NOW)))
                .isEqualTo("review.error.approved");
        assertThat(rating.rating()).isEqualTo(Rating.MANAGEABLE_DIFFICULTIES);
    }

    @Test
    void anApprovedReviewIsReopenedOnlyWithAReasonAndThenTakesChangesAgain() {
        var rating = rate(1, 1);
        assertThat(refusal(() -> review.reopen("Wrong rating", "officer", NOW))).isEqualTo("review.error.not-approved");
        review.approve(List.of(rating), Map.of(), CODES, "coordinator", NOW);

        assertThat(refusal(() -> review.reopen("  ", "officer", NOW))).isEqualTo("review.error.reason-required");
        review.reopen("The police report came late", "officer", NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(review.view().reopenReason()).isEqualTo("The police report came late");
        rating.change(review, Rating.NEEDS_REVISION, "Worse than reported", "officer", NOW);
        assertThat(rating.rating()).isEqualTo(Rating.NEEDS_REVISION);
    }

    @Test
    void anApprovedReviewIsNotApprovedTwice() {
        var rating = rate(1, 1);
        review.approve(List.of(rating), Map.of(), CODES, "coordinator", NOW);

        assertThat(refusal(() -> review.approve(List.of(rating), Map.of(), CODES, "coordinator", NOW)))
                .isEqualTo("review.error.already-approved");
    }

    private static CorrectiveActionCommand command() {
        return new CorrectiveActionCommand("Train the remaining officers", 5L, java.time.LocalDate.of(2026, 9, 30));
    }
}
