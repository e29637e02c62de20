package org.ariadne.review;

import java.time.LocalDateTime;

import org.ariadne.plan.ActivityStatus;

/**
 * An activity's rating for a half-year, as pages, dashboards and the annual report read it. {@code approved} says
 * whether the coordinator has approved the half-year's review (a draft rating may still change).
 * {@code reviewedStatus} is the status the M&E officer set in the review (null: not set, the reported one stands),
 * {@code reportedStatus} what the institutions had reported when it was set.
 */
public record RatingView(long id, int version, long planId, long activityId, String activityCode, HalfYear halfYear,
        Rating rating, String comments, String recommendation, ActivityStatus reviewedStatus,
        ActivityStatus reportedStatus, String ratedBy, LocalDateTime ratedAt, boolean approved) {

    /** True when the officer set a status in the review other than the one reported. */
    public boolean statusChangedInReview() {
        return reviewedStatus != null && reviewedStatus != reportedStatus;
    }
}
