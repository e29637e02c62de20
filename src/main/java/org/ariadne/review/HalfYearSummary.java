package org.ariadne.review;

import java.util.List;

/**
 * The review of one half-year in one read: where it stands, every rating in plan order, the corrective actions by due
 * date, and what stands in the way of approval.
 */
public record HalfYearSummary(ReviewView review, List<RatingView> ratings, List<CorrectiveActionView> actions,
        List<ApprovalBlocker> blockers) {
}
