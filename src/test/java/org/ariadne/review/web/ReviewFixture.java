package org.ariadne.review.web;

import java.time.LocalDate;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;

/**
 * The reporting fixture's plan (police: training, joint operations; shelter: beds) under review in the half-year of
 * its last ended quarter. Setting up goes through the services, signed in as the M&E officer; the behaviour under
 * test goes through the pages.
 */
final class ReviewFixture {

    final ReportingFixture plan;
    final PeriodView period;
    final HalfYear half;
    private final ReviewEditing editing;

    ReviewFixture(PlanEditing planEditing, Institutions institutions, ReportingSchedules schedules, ReviewEditing editing) {
        this.plan = new ReportingFixture(planEditing, institutions, schedules);
        this.period = plan.lastEndedPeriod(schedules);
        this.half = HalfYear.containing(period.endsOn());
        this.editing = editing;
    }

    String reviewPage() {
        return "/plans/" + plan.planId + "/review?half=" + half.label();
    }

    String activityPath(long activityId) {
        return "/plans/" + plan.planId + "/review/activities/" + activityId;
    }

    String register() {
        return "/plans/" + plan.planId + "/corrective-actions";
    }

    int rate(long activityId, int rating, Integer version) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return editing.rate(plan.planId, activityId, half, version, new RatingCommand(rating, "Rated " + rating));
        } finally {
            TestSignIn.clear();
        }
    }

    /** Rates with everything the form takes: comments, recommendation and the status set in the review. */
    int rate(long activityId, RatingCommand command) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return editing.rate(plan.planId, activityId, half, null, command);
        } finally {
            TestSignIn.clear();
        }
    }

    long action(long activityId, String description, long owner, LocalDate due) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return editing.addCorrectiveAction(plan.planId, activityId, half,
                    new CorrectiveActionCommand(description, owner, due));
        } finally {
            TestSignIn.clear();
        }
    }
}
