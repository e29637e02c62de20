package org.ariadne.review;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ariadne.common.UserFacingException;
import org.ariadne.plan.ActivityStatus;
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
    void aRatingOfTwoOrThreeSaysWhyAndARatingOfOneMaySay() {
        assertThat(refusal(() -> ActivityRating.first(review, 2, Rating.MANAGEABLE_DIFFICULTIES, "  ", "officer", NOW)))
                .isEqualTo("review.error.comments-required");
        assertThat(refusal(() -> ActivityRating.first(review, 3, Rating.NEEDS_REVISION, null, "officer", NOW)))
                .isEqualTo("review.error.comments-required");
        var quiet = ActivityRating.first(review, 1, Rating.ON_TRACK, null, "officer", NOW);
        assertThat(quiet.comments()).isNull();
        assertThat(refusal(() -> quiet.change(review, Rating.NEEDS_REVISION, "", "officer", NOW)))
                .isEqualTo("review.error.comments-required");
    }

    @Test
    void approvalDoesNotWaitForCorrectiveActionsOrRecommendations() {
        var ratings = List.of(rate(1, 1), rate(2, 2), rate(3, 3));

        review.approve(ratings, CODES, "coordinator", NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.view().approvedBy()).isEqualTo("coordinator");
    }

    @Test
    void theStatusSetInTheReviewIsKeptNextToTheReportedOneAndTheDifferenceShows() {
        var judgement = new ActivityRating.Judgement(Rating.NEEDS_REVISION, "Stalled since March",
                "Ask the ministry for a second trainer", ActivityStatus.NOT_STARTED, ActivityStatus.STARTED);
        var rating = ActivityRating.first(review, 1, judgement, "officer", NOW);
        org.springframework.test.util.ReflectionTestUtils.setField(rating, "id", 9L); // as saved
        org.springframework.test.util.ReflectionTestUtils.setField(rating, "version", 0);

        var view = rating.view("A1.1.1", ReviewStatus.DRAFT);
        assertThat(view.recommendation()).isEqualTo("Ask the ministry for a second trainer");
        assertThat(view.reviewedStatus()).isEqualTo(ActivityStatus.NOT_STARTED);
        assertThat(view.reportedStatus()).isEqualTo(ActivityStatus.STARTED);
        assertThat(view.statusChangedInReview()).isTrue();
        assertThat(rating.audited("A1.1.1").auditState()).containsEntry("reviewedStatus", "NOT_STARTED")
                .containsEntry("reportedStatus", "STARTED").containsEntry("recommendation", "Ask the ministry for a second trainer");

        rating.change(review, new ActivityRating.Judgement(Rating.ON_TRACK, null, null, null, ActivityStatus.STARTED),
                "officer", NOW);
        var asReported = rating.view("A1.1.1", ReviewStatus.DRAFT);
        assertThat(asReported.reviewedStatus()).isNull();
        assertThat(asReported.statusChangedInReview()).isFalse();
    }

    @Test
    void aReviewWithNothingRatedCannotBeApproved() {
        assertThat(refusal(() -> review.approve(List.of(), CODES, "coordinator", NOW)))
                .isEqualTo("review.error.nothing-rated");
    }

    @Test
    void anApprovedReviewsRatingsCannotChange() {
        var rating = rate(1, 2);
        review.approve(List.of(rating), CODES, "coordinator", NOW);

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
        review.approve(List.of(rating), CODES, "coordinator", NOW);

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
        review.approve(List.of(rating), CODES, "coordinator", NOW);

        assertThat(refusal(() -> review.approve(List.of(rating), CODES, "coordinator", NOW)))
                .isEqualTo("review.error.already-approved");
    }

    private static CorrectiveActionCommand command() {
        return new CorrectiveActionCommand("Train the remaining officers", 5L, java.time.LocalDate.of(2026, 9, 30));
    }
}
