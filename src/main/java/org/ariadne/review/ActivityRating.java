package org.ariadne.review;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.ariadne.plan.ActivityStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity's rating for one half-year (1 to 3) with the M&E officer's comments, who rated and when. As seed 002
 * asks, a rating of 2 or 3 says why (its comments are required; for 1 they are offered); a recommendation is optional
 * text, separate from corrective actions. The officer also sets the activity's status for the half-year ("to be
 * completed during review"), kept next to the status the institutions had reported when it was set, so that a
 * difference is shown and audited. A rating is given and changed only through its review, which refuses once
 * approved.
 */
@Table("activity_rating")
class ActivityRating {

    static final String AUDIT_TYPE = "activity-rating";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long activityId;
    private String halfYear;
    private int rating;
    private String comments;
    private String recommendation;
    private ActivityStatus reviewedStatus;
    private ActivityStatus reportedStatus;
    private String ratedBy;
    private LocalDateTime ratedAt;

    ActivityRating() {
    }

    static ActivityRating first(HalfYearReview review, long activityId, Rating rating, String comments, String by,
            LocalDateTime now) {
        return first(review, activityId, Judgement.of(rating, comments), by, now);
    }

    static ActivityRating first(HalfYearReview review, long activityId, Judgement judgement, String by,
            LocalDateTime now) {
        var created = new ActivityRating();
        created.planId = review.planId();
        created.activityId = activityId;
        created.halfYear = review.label();
        created.change(review, judgement, by, now);
        return created;
    }

    void change(HalfYearReview review, Rating rating, String comments, String by, LocalDateTime now) {
        change(review, Judgement.of(rating, comments), by, now);
    }

    /**
     * Rates (again). Refused for a rating of 2 or 3 without comments. The reported status is kept as it was when the
     * officer set the status; without a status set in the review, none is kept.
     */
    void change(HalfYearReview review, Judgement judgement, String by, LocalDateTime now) {
        if (!review.label().equals(halfYear) || review.planId() != planId) {
            throw new IllegalArgumentException("Rating " + id + " is not part of review " + review.id());
        }
        var why = Texts.clean(judgement.comments());
        if (judgement.rating().asksForComments() && why == null) {
            throw ReviewException.commentsRequired(judgement.rating().number());
        }
        review.touch(by, now);
        this.rating = judgement.rating().number();
        this.comments = why;
        this.recommendation = Texts.clean(judgement.recommendation());
        this.reviewedStatus = judgement.status();
        this.reportedStatus = judgement.status() == null ? null : judgement.reportedStatus();
        ratedBy = by;
        ratedAt = now;
    }

    /**
     * What the officer decides about an activity in a half-year: the rating, why, an optional recommendation, and
     * the status set in the review (null: left as reported) with the status reported when it was set.
     */
    record Judgement(Rating rating, String comments, String recommendation, ActivityStatus status,
            ActivityStatus reportedStatus) {

        static Judgement of(Rating rating, String comments) {
            return new Judgement(rating, comments, null, null, null);
        }
    }

    /** The rating's audit view, filed under its activity's code and half-year ("A1.2.3 · 2016-H1"). */
    Audited audited(String activityCode) {
        return Audited.of(AUDIT_TYPE, id, activityCode + " · " + halfYear, planId, auditState(activityCode));
    }

    private Map<String, Object> auditState(String activityCode) {
        var state = new LinkedHashMap<String, Object>();
        state.put("activity", activityCode);
        state.put("halfYear", halfYear);
        state.put("rating", rating);
        state.put("comments", comments);
        state.put("recommendation", recommendation);
        state.put("reviewedStatus", reviewedStatus == null ? null : reviewedStatus.name());
        state.put("reportedStatus", reportedStatus == null ? null : reportedStatus.name());
        return state;
    }

    RatingView view(String activityCode, ReviewStatus reviewStatus) {
        return new RatingView(id, version, planId, activityId, activityCode, HalfYear.of(halfYear), rating(), comments,
                recommendation, reviewedStatus, reportedStatus, ratedBy, ratedAt, reviewStatus == ReviewStatus.APPROVED);
    }

    Rating rating() {
        return Rating.of(rating);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    long activityId() {
        return activityId;
    }

    String halfYear() {
        return halfYear;
    }

    String comments() {
        return comments;
    }

    String recommendation() {
        return recommendation;
    }

    ActivityStatus reviewedStatus() {
        return reviewedStatus;
    }

    String ratedBy() {
        return ratedBy;
    }

    LocalDateTime ratedAt() {
        return ratedAt;
    }
}
