/**
 * The half-year review of seed 002's monitoring matrix: per activity and half-year a rating (1 on track, 2
 * difficulties that can be handled, 3 difficulties that need a revision) with comments; for 2 and 3 corrective
 * actions with an owner institution, a due date and a status followed to closure; the review of a plan's half-year,
 * approved by the coordinator (which locks its ratings) and reopened by the M&E officer with a reason.
 * Public surface: the {@link org.ariadne.review.Reviews} facade for reading (dashboards, the annual report),
 * {@link org.ariadne.review.ReviewEditing} for changes, and the records, enums and events in this package.
 * Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Half-year review",
        allowedDependencies = {"common", "audit", "institutions", "plan", "reporting", "progress", "security"})
package org.ariadne.review;
