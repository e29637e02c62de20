package org.ariadne.review;

/** An activity rated 2 or 3 that has no corrective action yet: the review cannot be approved until it has one. */
public record ApprovalBlocker(long activityId, String activityCode, String activityTitle, Rating rating) {
}
