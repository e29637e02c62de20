package org.ariadne.review;

/** The M&E officer reopened an approved half-year review for a correction; its ratings may change again. */
@org.springframework.modulith.NamedInterface("events")
public record HalfYearReviewReopened(long planId, HalfYear halfYear, String reason) {
}
