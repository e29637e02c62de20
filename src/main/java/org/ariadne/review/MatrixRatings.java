package org.ariadne.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.MatrixReviews;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring matrix's half-year columns (seed 002): each activity's latest rating with its comments,
 * recommendation, the status set in the review and the corrective actions of that half-year. Shown to whoever may
 * read ratings ({@link Reviews#mayRead}); everyone else gets nothing, so the matrix leaves the columns out.
 */
@Component
@Transactional(readOnly = true)
class MatrixRatings implements MatrixReviews {

    private final ActivityRatings ratings;
    private final CorrectiveActions actions;
    private final HalfYearReviews reviews;
    private final ReportedActivities reported;
    private final Plans plans;
    private final Institutions institutions;

    MatrixRatings(ActivityRatings ratings, CorrectiveActions actions, HalfYearReviews reviews,
            ReportedActivities reported, Plans plans, Institutions institutions) {
        this.ratings = ratings;
        this.actions = actions;
        this.reviews = reviews;
        this.reported = reported;
        this.plans = plans;
        this.institutions = institutions;
    }

    /**
     * The money flags of the review ({@link HalfYearChecks#money}) over the plan's whole period, counting accepted
     * reports up to the half-year of the latest one.
     */
    @Override
    public Map<Long, List<MoneyFlag>> money(long planId) {
        if (!mayRead()) {
            return Map.of();
        }
        var entries = reported.entries(planId, false);
        var latest = entries.stream().map(ReportedActivities.Entry::periodEnd).max(java.util.Comparator.naturalOrder());
        if (latest.isEmpty()) {
            return Map.of();
        }
        var through = HalfYear.containing(latest.get());
        var byActivity = entries.stream().collect(Collectors.groupingBy(ReportedActivities.Entry::activityId));
        var tree = plans.tree(planId);
        var directory = institutions.directory();
        var flags = new HashMap<Long, List<MoneyFlag>>();
        tree.activities().forEach(activity -> {
            var found = HalfYearChecks.money(activity, tree.plan().startYear(), through,
                    byActivity.getOrDefault(activity.id(), List.of()), directory::nameOf);
            if (!found.isEmpty()) {
                flags.put(activity.id(), found.stream().map(flag -> new MoneyFlag(flag.key(), flag.subject(),
                        flag.first(), flag.second(), flag.third())).toList());
            }
        });
        return flags;
    }

    @Override
    public boolean mayRead() {
        return CurrentUser.get().map(Reviews::mayRead).orElse(false);
    }

    @Override
    public Map<Long, ReviewedActivity> latest(long planId) {
        if (!mayRead()) {
            return Map.of();
        }
        var latest = new HashMap<Long, ActivityRating>();
        ratings.findByPlanId(planId).forEach(rating -> latest.merge(rating.activityId(), rating,
                (kept, other) -> kept.halfYear().compareTo(other.halfYear()) >= 0 ? kept : other));
        var approved = reviews.findByPlanId(planId).stream()
                .collect(Collectors.toMap(HalfYearReview::label, review -> review.status() == ReviewStatus.APPROVED));
        var answers = new HashMap<Long, List<String>>();
        actions.findByPlanId(planId).stream()
                .filter(action -> action.status() != ActionStatus.CANCELLED)
                .filter(action -> {
                    var rating = latest.get(action.activityId());
                    return rating != null && rating.halfYear().equals(action.halfYear());
                })
                .forEach(action -> answers.computeIfAbsent(action.activityId(), id -> new ArrayList<>())
                        .add(action.description()));
        var reviewed = new HashMap<Long, ReviewedActivity>();
        latest.forEach((activityId, rating) -> {
            var view = rating.view(null, ReviewStatus.DRAFT);
            reviewed.put(activityId, new ReviewedActivity(rating.halfYear(), view.rating().number(),
                    view.rating().messageKey(), view.comments(), view.recommendation(), view.reviewedStatus(),
                    view.reportedStatus(), approved.getOrDefault(rating.halfYear(), false),
                    answers.getOrDefault(activityId, List.of())));
        });
        return reviewed;
    }
}
