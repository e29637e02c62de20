package org.ariadne.review;

/** The coordinator approved the review of a plan's half-year: its ratings are final (dashboards, annual report). */
@org.springframework.modulith.NamedInterface("events")
public record HalfYearReviewApproved(long planId, HalfYear halfYear, String approvedBy) {
}
