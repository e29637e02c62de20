package org.ariadne.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What became of an activity after the plan was adopted, for its own page: the reports on it period by period, its
 * indicators' values, its half-year ratings and corrective actions. The plan cannot know reports or reviews (they build
 * on the plan), so the review module implements this and the activity page asks it; without an implementation, or for
 * a user who may not read reviews, the page shows the plan's part only.
 */
@org.springframework.modulith.NamedInterface("api")
public interface ActivityFollowUps {

    /** The activity's follow-up, or empty when the signed-in user may not read it. */
    Optional<FollowUp> of(long planId, long activityId);

    /** Everything reported and decided on the activity, oldest first; {@code reviewPath} opens its latest review. */
    record FollowUp(List<ReportLine> reports, List<ValueLine> values, List<RatingLine> ratings,
            List<ActionLine> actions, String reviewPath) {

        public boolean isEmpty() {
            return reports.isEmpty() && values.isEmpty() && ratings.isEmpty() && actions.isEmpty();
        }
    }

    /** One institution's report on the activity for one period (accepted, or waiting when {@code accepted} is false). */
    record ReportLine(String period, String institution, ActivityStatus status, boolean accepted, String narrative,
            String problems, BigDecimal spent, int evidence, String reportPath) {
    }

    /** One reported value of one of the activity's indicators. */
    record ValueLine(String indicator, LocalDate startsOn, LocalDate endsOn, String institution, BigDecimal total) {
    }

    /** A half-year rating with its comments, recommendation and the status set in the review. */
    record RatingLine(String halfYear, int rating, String ratingKey, String comments, String recommendation,
            ActivityStatus reviewedStatus, boolean approved, String reviewPath) {
    }

    /** A corrective action: what, by whom, by when, and where it stands. */
    record ActionLine(String halfYear, String description, String owner, LocalDate dueDate, String statusKey,
            boolean overdue, String path) {
    }
}
