package org.ariadne.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ariadne.plan.MatrixReviews;
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

    MatrixRatings(ActivityRatings ratings, CorrectiveActions actions, HalfYearReviews reviews) {
        this.ratings = ratings;
        this.actions = actions;
        this.reviews = reviews;
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
