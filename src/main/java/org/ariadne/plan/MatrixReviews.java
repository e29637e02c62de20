package org.ariadne.plan;

import java.util.List;
import java.util.Map;

/**
 * What the half-year review adds to the monitoring matrix: seed 002's last two columns, the half-year rating and the
 * comments and recommendations. The plan cannot know the review (the review builds on the plan), so the review module
 * implements this and the matrix asks it; without an implementation the matrix shows the plan's columns only.
 */
@org.springframework.modulith.NamedInterface("api")
public interface MatrixReviews {

    /** Whether the signed-in user may read ratings: only then does the matrix show and filter by them. */
    boolean mayRead();

    /**
     * Each rated activity's latest half-year review, by activity id; empty when the signed-in user may not read
     * ratings.
     */
    Map<Long, ReviewedActivity> latest(long planId);

    /**
     * Money that does not add up on each activity, by activity id (overspending and underspending against the planned
     * budget per year, spending on an activity reported as not started); empty when the signed-in user may not read
     * ratings or nothing was reported.
     */
    default Map<Long, List<MoneyFlag>> money(long planId) {
        return Map.of();
    }

    /** One money flag as a message key with its arguments (amounts, a period, a year, an institution's name). */
    record MoneyFlag(String messageKey, String subject, String first, String second, String third) {
    }

    /**
     * An activity's latest rating: the half-year ("2026-H1"), the rating 1 to 3 and its message key, the comments,
     * the recommendation, the status set in the review (null: as reported) next to the one reported, and the
     * corrective actions of that half-year that are not cancelled.
     */
    record ReviewedActivity(String halfYear, int rating, String ratingKey, String comments, String recommendation,
            ActivityStatus reviewedStatus, ActivityStatus reportedStatus, boolean approved,
            List<String> correctiveActions) {

        public boolean statusChangedInReview() {
            return reviewedStatus != null && reviewedStatus != reportedStatus;
        }
    }
}
