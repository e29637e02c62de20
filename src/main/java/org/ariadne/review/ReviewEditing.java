package org.ariadne.review;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.ariadne.common.ConflictException;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the half-year review: the M&E officer rates activities, adds and revises corrective actions and reopens
 * an approved review; the coordinator approves; the owner institution's focal point moves their own actions on. Each
 * change is checked against the version the user saw (nothing is silently overwritten) and written to the audit
 * trail with its values before and after.
 */
@org.springframework.modulith.NamedInterface("changes")
@Service
@Transactional
public class ReviewEditing {

    /** The entity types under which the review's changes are audited. */
    public static final String RATING = ActivityRating.AUDIT_TYPE;
    public static final String ACTION = CorrectiveAction.AUDIT_TYPE;
    public static final String REVIEW = HalfYearReview.AUDIT_TYPE;

    private final HalfYearReviews reviews;
    private final ActivityRatings ratings;
    private final CorrectiveActions actions;
    private final Plans plans;
    private final Institutions institutions;
    private final ReportedActivities reported;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewEditing(HalfYearReviews reviews, ActivityRatings ratings, CorrectiveActions actions, Plans plans,
            Institutions institutions, ReportedActivities reported, AuditTrail trail, ApplicationEventPublisher events,
            Clock clock) {
        this.reported = reported;
        this.reviews = reviews;
        this.ratings = ratings;
        this.actions = actions;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Rates an activity for a half-year, or changes its rating, with the comments (required for 2 and 3), an optional
     * recommendation and the status set in the review, kept next to the activity's reported status.
     *
     * @param expectedVersion the rating's version the user saw; null when they saw no rating yet
     * @return the rating's version now saved
     */
    @PreAuthorize(Reviews.EDITORS)
    public int rate(long planId, long activityId, HalfYear half, Integer expectedVersion, RatingCommand command) {
        var tree = plans.tree(planId);
        var activity = activity(tree, activityId);
        checkWithinPlan(tree.plan(), half);
        var rating = Rating.of(command.rating() == null ? 0 : command.rating());
        var judgement = new ActivityRating.Judgement(rating, command.comments(), command.recommendation(),
                command.status(), command.status() == null ? null : reportedStatus(planId, activity, half));
        var by = user();
        var now = now();
        var review = reviews.findByPlanIdAndHalfYear(planId, half.label())
                .orElseGet(() -> HalfYearReview.draft(planId, half, by, now));
        var existing = ratings.findByActivityIdAndHalfYear(activityId, half.label());
        if (existing.isPresent()) {
            var current = existing.get();
            checkVersion(current.version(), expectedVersion, current.ratedBy(), current.ratedAt());
            var before = current.audited(activity.code());
            current.change(review, judgement, by, now);
            var saved = racing(() -> {
                reviews.save(review);
                return ratings.save(current);
            });
            trail.recordChange(before, saved.audited(activity.code()));
            return saved.version();
        }
        var created = ActivityRating.first(review, activityId, judgement, by, now);
        var saved = racing(() -> {
            reviews.save(review);
            return ratings.save(created);
        });
        trail.recordCreated(saved.audited(activity.code()));
        return saved.version();
    }

    /**
     * Adds a corrective action to a rated activity (any rating: seed 002 asks for them on 2 and 3, and nothing forbids
     * one on 1) in a half-year whose review is still a draft.
     */
    @PreAuthorize(Reviews.EDITORS)
    public long addCorrectiveAction(long planId, long activityId, HalfYear half, CorrectiveActionCommand command) {
        var tree = plans.tree(planId);
        var activity = activity(tree, activityId);
        var rating = ratings.findByActivityIdAndHalfYear(activityId, half.label())
                .orElseThrow(ReviewException::notRated);
        var review = reviews.findByPlanIdAndHalfYear(planId, half.label())
                .orElseThrow(() -> new IllegalStateException("A rating without its review: " + rating.id()));
        var directory = institutions.directory();
        checkInstitution(directory, command.ownerInstitutionId());
        var by = user();
        var action = CorrectiveAction.answering(review, rating, command, by, now());
        var saved = racing(() -> {
            reviews.save(review);
            return actions.save(action);
        });
        trail.recordCreated(saved.audited(activity.code(), directory::nameOf));
        return saved.id();
    }

    /**
     * Rates several activities of a half-year at once with the same rating and comments, each checked against the
     * version of its rating the officer saw (null: not rated when they looked). What the bulk form does not ask for is
     * kept: an activity's recommendation and status set in the review, and its comments when none are given. All are
     * saved, or none.
     *
     * @param versions the rating version the officer saw, per activity id, in the order to rate them
     * @return how many were rated
     */
    @PreAuthorize(Reviews.EDITORS)
    public int rateSeveral(long planId, HalfYear half, java.util.Map<Long, Integer> versions, RatingCommand command) {
        versions.forEach((activityId, version) -> {
            var kept = ratings.findByActivityIdAndHalfYear(activityId, half.label())
                    .map(rating -> new RatingCommand(command.rating(),
                            Texts.clean(command.comments()) == null ? rating.comments() : command.comments(),
                            rating.recommendation(), rating.reviewedStatus()))
                    .orElse(command);
            rate(planId, activityId, half, version, kept);
        });
        return versions.size();
    }

    /**
     * The status the institutions reported for the half-year, as the review screen shows it: that of the latest
     * accepted report of its periods that gives one, else the activity's latest known status.
     */
    private ActivityStatus reportedStatus(long planId, ActivityView activity, HalfYear half) {
        ActivityStatus latest = activity.status();
        // the half-year's own periods only: rating several activities must not read the whole plan's past each time
        for (var entry : reported.entries(planId, false, half.startsOn(), half.endsOn())) {
            if (entry.activityId() == activity.id() && entry.status() != null) {
                latest = entry.status();
            }
        }
        return latest;
    }

    /** Changes what a corrective action says, who owns it and when it is due (not once it is done or cancelled). */
    @PreAuthorize(Reviews.EDITORS)
    public void reviseCorrectiveAction(long id, int expectedVersion, CorrectiveActionCommand command) {
        var action = action(id);
        checkVersion(action.version(), expectedVersion, action.updatedBy(), action.updatedAt());
        var directory = institutions.directory();
        checkInstitution(directory, command.ownerInstitutionId());
        var activity = activity(plans.tree(action.planId()), action.activityId());
        var before = action.audited(activity.code(), directory::nameOf);
        action.revise(command, user(), now());
        var saved = racing(() -> actions.save(action));
        trail.recordChange(before, saved.audited(activity.code(), directory::nameOf));
    }

    /**
     * Moves a corrective action on (or changes its note). The M&E officer may do so for every action, a focal point
     * only for the actions their own institution owns; the follow-up goes on after the review is approved.
     */
    @PreAuthorize(Reviews.ACTION_FOLLOWERS)
    public void changeActionStatus(long id, int expectedVersion, ActionStatusCommand command) {
        var action = action(id);
        var user = CurrentUser.required();
        if (!Reviews.mayMoveOn(user, action.ownerInstitutionId())) {
            throw new AccessDeniedException("corrective action " + id + " of another institution");
        }
        checkVersion(action.version(), expectedVersion, action.updatedBy(), action.updatedAt());
        var directory = institutions.directory();
        var activity = activity(plans.tree(action.planId()), action.activityId());
        var before = action.audited(activity.code(), directory::nameOf);
        action.moveTo(command.status(), command.note(), user.getUsername(), now());
        var saved = racing(() -> actions.save(action));
        trail.recordChange(before, saved.audited(activity.code(), directory::nameOf));
    }

    /** The coordinator approves a half-year's review, which locks its ratings. */
    @PreAuthorize(Reviews.APPROVERS)
    public void approve(long planId, HalfYear half, Integer expectedVersion) {
        var tree = plans.tree(planId);
        var review = reviews.findByPlanIdAndHalfYear(planId, half.label())
                .orElseThrow(() -> ReviewException.nothingRated(half));
        checkVersion(review.version(), expectedVersion, review.updatedBy(), review.updatedAt());
        var before = review.snapshot();
        var by = user();
        review.approve(ratings.findByPlanIdAndHalfYear(planId, half.label()), Reviews.Activities.of(tree).codes(), by,
                now());
        var saved = racing(() -> reviews.save(review));
        trail.recordChange(before, saved);
        events.publishEvent(new HalfYearReviewApproved(planId, half, by));
    }

    /** The M&E officer reopens an approved review for a correction, saying why. */
    @PreAuthorize(Reviews.EDITORS)
    public void reopen(long planId, HalfYear half, Integer expectedVersion, String reason) {
        var review = reviews.findByPlanIdAndHalfYear(planId, half.label())
                .orElseThrow(() -> NotFoundException.of(REVIEW, planId + "/" + half));
        checkVersion(review.version(), expectedVersion, review.updatedBy(), review.updatedAt());
        var before = review.snapshot();
        review.reopen(reason, user(), now());
        var saved = racing(() -> reviews.save(review));
        trail.recordChange(before, saved);
        events.publishEvent(new HalfYearReviewReopened(planId, half, reason.strip()));
    }

    /**
     * Saves, turning the database's refusal of a second save at the same instant (an older version, a second first
     * rating of the same activity) into a refusal the user can act on. The transaction is rolled back: nothing is kept.
     */
    private static <T> T racing(Supplier<T> save) {
        try {
            return save.get();
        } catch (DataAccessException clash) {
            for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
                    throw ReviewException.changedMeanwhile();
                }
            }
            throw clash;
        }
    }

    private static void checkVersion(Integer actual, Integer expected, String changedBy, LocalDateTime changedAt) {
        if (expected == null || !expected.equals(actual)) {
            throw ConflictException.of("review.conflict", actual, changedBy, changedAt);
        }
    }

    private static void checkWithinPlan(PlanHeader plan, HalfYear half) {
        if (half.year() < plan.startYear() || half.year() > plan.endYear()) {
            throw ReviewException.outsidePlan(half, plan.startYear(), plan.endYear());
        }
    }

    private static void checkInstitution(InstitutionDirectory directory, Long id) {
        if (id == null) {
            throw ReviewException.ownerRequired();
        }
        if (directory.byId(id).isEmpty()) {
            throw ReviewException.unknownInstitution(id);
        }
    }

    private static ActivityView activity(PlanTree tree, long activityId) {
        return tree.activity(activityId).orElseThrow(() -> NotFoundException.of("activity", activityId));
    }

    private CorrectiveAction action(long id) {
        return actions.findById(id).orElseThrow(() -> NotFoundException.of(ACTION, id));
    }

    private static String user() {
        return CurrentUser.required().getUsername();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
