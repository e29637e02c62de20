package org.ariadne.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.common.NotFoundException;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The half-year review as the rest of Ariadne reads it (the review screen, dashboards, the annual report): ratings per
 * half-year, the latest rating of each activity, corrective actions with their status, and where each half-year's
 * review stands. Readers are the coordinator's office, National Authority members and evaluators; a focal point
 * reads only the corrective actions their own institution owns.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";

    private final ActivityRatings ratings;
    private final CorrectiveActions actions;
    private final HalfYearReviews reviews;
    private final Plans plans;
    private final Clock clock;

    Reviews(ActivityRatings ratings, CorrectiveActions actions, HalfYearReviews reviews, Plans plans, Clock clock) {
        this.ratings = ratings;
        this.actions = actions;
        this.reviews = reviews;
        this.plans = plans;
        this.clock = clock;
    }

    /** The half-years a plan's period covers, oldest first: the choices of the review screen. */
    @PreAuthorize(READERS)
    public List<HalfYear> halfYears(long planId) {
        var plan = plans.header(planId);
        return HalfYear.between(plan.startYear(), plan.endYear());
    }

    /** The ratings of a plan's activities in one half-year, in plan order. */
    @PreAuthorize(READERS)
    public List<RatingView> ratings(long planId, HalfYear half) {
        var status = review(planId, half).status();
        var codes = codes(plans.tree(planId));
        return inPlanOrder(ratings.findByPlanIdAndHalfYear(planId, half.label()).stream()
                .map(rating -> rating.view(codes.get(rating.activityId()), status)).toList(), codes);
    }

    /** Each rated activity's most recent rating, whatever its half-year, in plan order. */
    @PreAuthorize(READERS)
    public List<RatingView> latestRatings(long planId) {
        var latest = new HashMap<Long, RatingView>();
        history(planId).forEach(rating -> latest.merge(rating.activityId(), rating,
                (kept, other) -> kept.halfYear().compareTo(other.halfYear()) >= 0 ? kept : other));
        return inPlanOrder(List.copyOf(latest.values()), codes(plans.tree(planId)));
    }

    /** Every rating of the plan, oldest half-year first, then in plan order: for trends and the history of an activity. */
    @PreAuthorize(READERS)
    public List<RatingView> history(long planId) {
        var statuses = reviews.findByPlanId(planId).stream()
                .collect(Collectors.toMap(HalfYearReview::label, HalfYearReview::status));
        var codes = codes(plans.tree(planId));
        var order = order(codes);
        return ratings.findByPlanId(planId).stream()
                .map(rating -> rating.view(codes.get(rating.activityId()),
                        statuses.getOrDefault(rating.halfYear(), ReviewStatus.DRAFT)))
                .sorted(Comparator.comparing(RatingView::halfYear)
                        .thenComparing(rating -> order.getOrDefault(rating.activityId(), Integer.MAX_VALUE)))
                .toList();
    }

    /** Where the review of a half-year stands; a half-year nobody has rated yet is a draft. */
    @PreAuthorize(READERS)
    public ReviewView review(long planId, HalfYear half) {
        return reviews.findByPlanIdAndHalfYear(planId, half.label()).map(HalfYearReview::view)
                .orElseGet(() -> ReviewView.notStarted(planId, half));
    }

    /** The review of every half-year of the plan's period, oldest first. */
    @PreAuthorize(READERS)
    public List<ReviewView> reviews(long planId) {
        var saved = reviews.findByPlanId(planId).stream()
                .collect(Collectors.toMap(HalfYearReview::label, HalfYearReview::view));
        return halfYears(planId).stream()
                .map(half -> saved.getOrDefault(half.label(), ReviewView.notStarted(planId, half))).toList();
    }

    /** What stands in the way of approving a half-year: activities rated 2 or 3 without a corrective action. */
    @PreAuthorize(READERS)
    public List<ApprovalBlocker> blockers(long planId, HalfYear half) {
        var tree = plans.tree(planId);
        var activities = tree.activities().collect(Collectors.toMap(ActivityView::id, Function.identity()));
        var rated = ratings.findByPlanIdAndHalfYear(planId, half.label());
        var order = order(codes(tree));
        var answers = CorrectiveAction.livePerActivity(actions.findByPlanIdAndHalfYear(planId, half.label()));
        return HalfYearReview.unanswered(rated, answers).stream()
                .map(rating -> {
                    var activity = activities.get(rating.activityId());
                    return new ApprovalBlocker(rating.activityId(), activity == null ? null : activity.code(),
                            activity == null ? null : activity.title(), rating.rating());
                })
                .sorted(Comparator.comparing(blocker -> order.getOrDefault(blocker.activityId(), Integer.MAX_VALUE)))
                .toList();
    }

    /**
     * The plan's corrective actions that pass the filter, by due date. A focal point (without a reading role) sees
     * only the actions their own institution owns.
     */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR', 'FOCAL_POINT')")
    public List<CorrectiveActionView> correctiveActions(long planId, ActionFilter filter) {
        var scoped = scoped(filter == null ? ActionFilter.none() : filter);
        if (scoped == null) {
            return List.of();
        }
        var tree = plans.tree(planId);
        var activities = tree.activities().collect(Collectors.toMap(ActivityView::id, Function.identity()));
        var ratingOf = ratings.findByPlanId(planId).stream()
                .collect(Collectors.toMap(ActivityRating::id, ActivityRating::rating));
        var today = LocalDate.now(clock);
        return actions.findByPlanId(planId).stream()
                .filter(action -> scoped.status() == null || action.status() == scoped.status())
                .filter(action -> scoped.ownerInstitutionId() == null
                        || action.ownerInstitutionId() == scoped.ownerInstitutionId())
                .filter(action -> !scoped.overdueOnly() || action.isOverdueOn(today))
                .filter(action -> scoped.halfYear() == null || action.halfYear().equals(scoped.halfYear().label()))
                .filter(action -> scoped.activityId() == null || action.activityId() == scoped.activityId())
                .sorted(Comparator.comparing(CorrectiveAction::dueDate).thenComparing(CorrectiveAction::id))
                .map(action -> view(action, activities.get(action.activityId()), ratingOf.get(action.ratingId()), today))
                .toList();
    }

    /** One corrective action, for whoever may read it (a focal point: their own institution's only). */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR', 'FOCAL_POINT')")
    public CorrectiveActionView correctiveAction(long id) {
        var action = actions.findById(id).orElseThrow(() -> NotFoundException.of("corrective-action", id));
        var scoped = scoped(ActionFilter.none());
        if (scoped == null || (scoped.ownerInstitutionId() != null && scoped.ownerInstitutionId() != action.ownerInstitutionId())) {
            throw new AccessDeniedException("corrective action " + id);
        }
        var activity = plans.tree(action.planId()).activity(action.activityId()).orElse(null);
        var rating = ratings.findById(action.ratingId()).map(ActivityRating::rating).orElse(null);
        return view(action, activity, rating, LocalDate.now(clock));
    }

    /**
     * The filter as the current user may apply it: unchanged for the readers of the whole review; for a focal point
     * narrowed to their institution (null when they have none, or asked for another institution's actions).
     */
    private static ActionFilter scoped(ActionFilter filter) {
        var user = CurrentUser.get().orElse(null);
        if (user == null) {
            return null;
        }
        if (user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR) || user.has(Role.MEMBER) || user.has(Role.EVALUATOR)) {
            return filter;
        }
        var own = user.institutionId();
        if (own == null || (filter.ownerInstitutionId() != null && !Objects.equals(filter.ownerInstitutionId(), own))) {
            return null;
        }
        return filter.forOwner(own);
    }

    private static CorrectiveActionView view(CorrectiveAction action, ActivityView activity, Rating rating,
            LocalDate today) {
        return action.view(activity == null ? null : activity.code(), activity == null ? null : activity.title(), rating,
                today);
    }

    static Map<Long, String> codes(PlanTree tree) {
        var codes = new java.util.LinkedHashMap<Long, String>();
        tree.activities().forEach(activity -> codes.put(activity.id(), activity.code()));
        return codes;
    }

    private static Map<Long, Integer> order(Map<Long, String> codes) {
        var order = new HashMap<Long, Integer>();
        codes.keySet().forEach(id -> order.put(id, order.size()));
        return order;
    }

    private static List<RatingView> inPlanOrder(List<RatingView> views, Map<Long, String> codes) {
        var order = order(codes);
        return views.stream()
                .sorted(Comparator.comparing((RatingView rating) -> order.getOrDefault(rating.activityId(), Integer.MAX_VALUE)))
                .toList();
    }
}
