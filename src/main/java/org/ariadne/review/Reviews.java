package org.ariadne.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.common.NotFoundException;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
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
@org.springframework.modulith.NamedInterface("api")
public class Reviews {

    // Who may do what in review, said once: the facades and the review pages name these instead of restating roles.
    /** Who reads ratings and reviews: the office, National Authority members and evaluators. */
    public static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";
    /** The readers, and focal points for the corrective actions their own institution owns. */
    public static final String READERS_AND_OWNERS =
            "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR', 'FOCAL_POINT')";
    /** Who rates, adds corrective actions and reopens a review: the M&E officer. */
    public static final String EDITORS = "hasRole('ME_OFFICER')";
    /** Who moves a corrective action on: the M&E officer, a focal point for their own institution's. */
    public static final String ACTION_FOLLOWERS = "hasAnyRole('ME_OFFICER', 'FOCAL_POINT')";
    /** Who approves a half-year's review: the coordinator. */
    public static final String APPROVERS = "hasRole('COORDINATOR')";
    /** The roles of {@link #READERS}, for the places that ask in code rather than in an annotation. */
    static final Set<Role> READER_ROLES = EnumSet.of(Role.ME_OFFICER, Role.COORDINATOR, Role.MEMBER, Role.EVALUATOR);

    /**
     * Whether a user may read ratings and reviews: the office, National Authority members and evaluators. The one
     * rule, called by the dashboards that show ratings next to progress.
     */
    public static boolean mayRead(SignedInUser user) {
        return READER_ROLES.stream().anyMatch(user::has);
    }

    /** Whether a user may move a corrective action on: the M&E officer any, a focal point their institution's. */
    public static boolean mayMoveOn(SignedInUser user, Long ownerInstitutionId) {
        return user.has(Role.ME_OFFICER)
                || (user.has(Role.FOCAL_POINT) && Objects.equals(user.institutionId(), ownerInstitutionId));
    }

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

    /** The half-years a plan's period covers, oldest first. */
    @PreAuthorize(READERS)
    public List<HalfYear> halfYears(long planId) {
        var plan = plans.header(planId);
        return HalfYear.between(plan.startYear(), plan.endYear());
    }

    /** The ratings of a plan's activities in one half-year, in plan order. */
    @PreAuthorize(READERS)
    public List<RatingView> ratings(long planId, HalfYear half) {
        return ratings(Activities.of(plans.tree(planId)), half, review(planId, half).status());
    }

    /** Each rated activity's most recent rating, whatever its half-year, in plan order. */
    @PreAuthorize(READERS)
    public List<RatingView> latestRatings(long planId) {
        var activities = Activities.of(plans.tree(planId));
        var latest = new HashMap<Long, RatingView>();
        history(planId, activities).forEach(rating -> latest.merge(rating.activityId(), rating,
                (kept, other) -> kept.halfYear().compareTo(other.halfYear()) >= 0 ? kept : other));
        return latest.values().stream().sorted(activities.inPlanOrder(RatingView::activityId)).toList();
    }

    /** Every rating of the plan, oldest half-year first, then in plan order: for trends and an activity's history. */
    @PreAuthorize(READERS)
    public List<RatingView> history(long planId) {
        return history(planId, Activities.of(plans.tree(planId)));
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
        var plan = plans.header(planId);
        var saved = reviews.findByPlanId(planId).stream()
                .collect(Collectors.toMap(HalfYearReview::label, HalfYearReview::view));
        return HalfYear.between(plan.startYear(), plan.endYear()).stream()
                .map(half -> saved.getOrDefault(half.label(), ReviewView.notStarted(planId, half))).toList();
    }

    /** What stands in the way of approving a half-year: activities rated 2 or 3 without comments saying why. */
    @PreAuthorize(READERS)
    public List<ApprovalBlocker> blockers(long planId, HalfYear half) {
        return blockers(Activities.of(plans.tree(planId)), planId, half);
    }

    /** A half-year's review, ratings, corrective actions and blockers in one read of the plan. */
    @PreAuthorize(READERS)
    public HalfYearSummary summary(long planId, HalfYear half) {
        var activities = Activities.of(plans.tree(planId));
        var review = review(planId, half);
        var filter = new ActionFilter(null, null, false, half, null);
        return new HalfYearSummary(review, ratings(activities, half, review.status()),
                correctiveActions(planId, activities, filter), blockers(activities, planId, half));
    }

    /**
     * The plan's corrective actions that pass the filter, by due date. A focal point (without a reading role) sees
     * only the actions their own institution owns.
     */
    @PreAuthorize(READERS_AND_OWNERS)
    public List<CorrectiveActionView> correctiveActions(long planId, ActionFilter filter) {
        var scoped = scoped(filter == null ? ActionFilter.none() : filter);
        if (scoped == null) {
            return List.of();
        }
        return correctiveActions(planId, Activities.of(plans.tree(planId)), scoped);
    }

    /** One corrective action, for whoever may read it (a focal point: their own institution's only). */
    @PreAuthorize(READERS_AND_OWNERS)
    public CorrectiveActionView correctiveAction(long id) {
        var action = actions.findById(id).orElseThrow(() -> NotFoundException.of("corrective-action", id));
        var scoped = scoped(ActionFilter.none());
        if (scoped == null || (scoped.ownerInstitutionId() != null
                && scoped.ownerInstitutionId() != action.ownerInstitutionId())) {
            throw new AccessDeniedException("corrective action " + id);
        }
        var activities = Activities.of(plans.tree(action.planId()));
        var rating = ratings.findById(action.ratingId()).map(ActivityRating::rating).orElse(null);
        return view(action, activities, rating, LocalDate.now(clock));
    }

    private List<RatingView> ratings(Activities activities, HalfYear half, ReviewStatus status) {
        return ratings.findByPlanIdAndHalfYear(activities.planId, half.label()).stream()
                .map(rating -> rating.view(activities.code(rating.activityId()), status))
                .sorted(activities.inPlanOrder(RatingView::activityId))
                .toList();
    }

    private List<RatingView> history(long planId, Activities activities) {
        var statuses = reviews.findByPlanId(planId).stream()
                .collect(Collectors.toMap(HalfYearReview::label, HalfYearReview::status));
        return ratings.findByPlanId(planId).stream()
                .map(rating -> rating.view(activities.code(rating.activityId()),
                        statuses.getOrDefault(rating.halfYear(), ReviewStatus.DRAFT)))
                .sorted(Comparator.comparing(RatingView::halfYear).thenComparing(activities.inPlanOrder(RatingView::activityId)))
                .toList();
    }

    private List<ApprovalBlocker> blockers(Activities activities, long planId, HalfYear half) {
        var rated = ratings.findByPlanIdAndHalfYear(planId, half.label());
        return HalfYearReview.unexplained(rated).stream()
                .map(rating -> {
                    var activity = activities.get(rating.activityId());
                    return new ApprovalBlocker(rating.activityId(), activity == null ? null : activity.code(),
                            activity == null ? null : activity.title(), rating.rating());
                })
                .sorted(activities.inPlanOrder(ApprovalBlocker::activityId))
                .toList();
    }

    private List<CorrectiveActionView> correctiveActions(long planId, Activities activities, ActionFilter filter) {
        var ratingOf = ratings.findByPlanId(planId).stream()
                .collect(Collectors.toMap(ActivityRating::id, ActivityRating::rating));
        var today = LocalDate.now(clock);
        return actions.findByPlanId(planId).stream()
                .filter(action -> filter.status() == null || action.status() == filter.status())
                .filter(action -> filter.ownerInstitutionId() == null
                        || action.ownerInstitutionId() == filter.ownerInstitutionId())
                .filter(action -> !filter.overdueOnly() || action.isOverdueOn(today))
                .filter(action -> filter.halfYear() == null || action.halfYear().equals(filter.halfYear().label()))
                .filter(action -> filter.activityId() == null || action.activityId() == filter.activityId())
                .sorted(Comparator.comparing(CorrectiveAction::dueDate).thenComparing(CorrectiveAction::id))
                .map(action -> view(action, activities, ratingOf.get(action.ratingId()), today))
                .toList();
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

    private static CorrectiveActionView view(CorrectiveAction action, Activities activities, Rating rating,
            LocalDate today) {
        var activity = activities.get(action.activityId());
        return action.view(activity == null ? null : activity.code(), activity == null ? null : activity.title(), rating,
                today);
    }

    /** A plan's activities in plan order, by id: codes and titles for the views, and the order to list them in. */
    static final class Activities {

        final long planId;
        private final Map<Long, ActivityView> byId = new LinkedHashMap<>();
        private final Map<Long, Integer> position = new HashMap<>();

        private Activities(PlanTree tree) {
            planId = tree.plan().id();
            tree.activities().forEach(activity -> {
                position.put(activity.id(), byId.size());
                byId.put(activity.id(), activity);
            });
        }

        static Activities of(PlanTree tree) {
            return new Activities(tree);
        }

        ActivityView get(long id) {
            return byId.get(id);
        }

        String code(long id) {
            var activity = byId.get(id);
            return activity == null ? null : activity.code();
        }

        Map<Long, String> codes() {
            var codes = new LinkedHashMap<Long, String>();
            byId.forEach((id, activity) -> codes.put(id, activity.code()));
            return codes;
        }

        <T> Comparator<T> inPlanOrder(java.util.function.ToLongFunction<T> activityId) {
            return Comparator.comparingInt(item -> position.getOrDefault(activityId.applyAsLong(item), Integer.MAX_VALUE));
        }
    }
}
