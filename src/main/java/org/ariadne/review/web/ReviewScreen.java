package org.ariadne.review.web;

import java.util.List;
import java.util.Map;

import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.progress.Achievement;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.review.ApprovalBlocker;
import org.ariadne.review.CorrectiveActionView;
import org.ariadne.review.HalfYear;
import org.ariadne.review.HalfYearChecks;
import org.ariadne.review.RatingView;
import org.ariadne.review.ReviewView;

/**
 * Everything the review screen shows for one plan and half-year, grouped like the plan: per activity what was
 * reported in the half-year's periods, where its indicators stand, its earlier ratings, its rating and corrective
 * actions. {@code names} holds the full name of everyone named on the page, by user name. {@code owners} are the
 * institutions that may own a corrective action: those taking part in the plan.
 */
record ReviewScreen(PlanHeader plan, HalfYear half, List<HalfYear> halves, ReviewView review, boolean includeSubmitted,
        List<StrategicGroup> objectives, List<ApprovalBlocker> blockers, int activityCount, int ratedCount,
        Map<String, String> names, InstitutionDirectory directory, ReviewFilter filter, boolean sectioned,
        List<StrategicObjectiveNode> objectiveChoices, List<org.ariadne.institutions.InstitutionView> owners) {

    /** A strategic objective: {@code shown} of its activities pass the filters, {@code rated} of them are rated. */
    record StrategicGroup(StrategicObjectiveNode objective, List<SpecificGroup> specific, int shown, int rated) {
    }

    /**
     * A specific objective's section, counted like its strategic objective. {@code activities} is empty when the
     * section is not loaded: a large plan loads each section on demand.
     */
    record SpecificGroup(SpecificObjectiveNode objective, List<ActivityLine> activities, int shown, int rated) {

        public boolean isLoaded() {
            return !activities.isEmpty();
        }
    }

    /**
     * One activity side by side: what was reported, the indicators, earlier ratings, then the decision; with the
     * review's own doubts ({@code quality}) and the office's data-quality checks on its values ({@code checked}, in
     * words), and its money.
     */
    record ActivityLine(ActivityView activity, String leadInstitution, List<ReportedPeriod> periods,
            List<IndicatorProgress> indicators, Achievement achievement, RatingView rating, List<RatingView> previous,
            List<CorrectiveActionView> actions, HalfYearChecks.SinceLastHalf since, List<HalfYearChecks.Flag> quality,
            List<String> checked, List<HalfYearChecks.Flag> money) {

        /**
         * The status reported for the half-year: that of the latest report shown that gives one, else the activity's
         * latest known status. The officer sets the review's status next to it.
         */
        public org.ariadne.plan.ActivityStatus reportedStatus() {
            var latest = activity.status();
            for (var period : periods) {
                if (period.entry().status() != null) {
                    latest = period.entry().status();
                }
            }
            return latest;
        }

        /** Rated: a corrective action may be added (optional for every rating). */
        public boolean isRated() {
            return rating != null;
        }

        /** Rated 2 or 3 without comments saying why (saved before they were asked for): holds up approval. */
        public boolean needsComments() {
            return rating != null && rating.rating().asksForComments() && rating.comments() == null;
        }
    }

    /** What one institution reported on the activity for one period of the half-year, and where to read it all. */
    record ReportedPeriod(ReportedActivities.Entry entry, String institution, String reportPath) {
    }

    public String name(String username) {
        return username == null ? null : names.getOrDefault(username, username);
    }

    public String institution(Long id) {
        return directory.nameOf(id);
    }

    public int unratedCount() {
        return activityCount - ratedCount;
    }
}
