/**
 * The half-year review of seed 002's monitoring matrix: per activity and half-year a rating (1 on track, 2
 * difficulties that can be handled, 3 difficulties that need a revision) with comments; for 2 and 3 corrective
 * actions with an owner institution, a due date and a status followed to closure; the review of a plan's half-year,
 * approved by the coordinator (which locks its ratings) and reopened by the M&E officer with a reason.
 * Front door, as named interfaces: {@code review :: api} is the {@link org.ariadne.review.Reviews} facade for
 * reading (dashboards, the annual report) with the records of its answers; {@code review :: events} the review's
 * events. {@link org.ariadne.review.ReviewEditing} and the rest of what is public here serve {@code review.web} only.
 * Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Half-year review",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "reporting :: api", "progress", "security",
                "risks :: api", "dataquality"})
package org.ariadne.review;
