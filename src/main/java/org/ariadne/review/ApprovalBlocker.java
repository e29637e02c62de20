package org.ariadne.review;

/** An activity rated 2 or 3 without comments saying why: the review cannot be approved until it has them. */
public record ApprovalBlocker(long activityId, String activityCode, String activityTitle, Rating rating) {
}
