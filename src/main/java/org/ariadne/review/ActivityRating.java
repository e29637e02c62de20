package org.ariadne.review;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An activity's rating for one half-year (1 to 3) with the M&E officer's comments, who rated and when. A rating is
 * given and changed only through its review, which refuses once approved.
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
    private String ratedBy;
    private LocalDateTime ratedAt;

    ActivityRating() {
    }

    static ActivityRating first(HalfYearReview review, long activityId, Rating rating, String comments, String by,
            LocalDateTime now) {
        var created = new ActivityRating();
        created.planId = review.planId();
        created.activityId = activityId;
        created.halfYear = review.label();
        created.change(review, rating, comments, by, now);
        return created;
    }

    void change(HalfYearReview review, Rating rating, String comments, String by, LocalDateTime now) {
        if (!review.label().equals(halfYear) || review.planId() != planId) {
            throw new IllegalArgumentException("Rating " + id + " is not part of review " + review.id());
        }
        review.touch(by, now);
        this.rating = rating.number();
        this.comments = Texts.clean(comments);
        ratedBy = by;
        ratedAt = now;
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
        return state;
    }

    RatingView view(String activityCode, ReviewStatus reviewStatus) {
        return new RatingView(id, version, planId, activityId, activityCode, HalfYear.of(halfYear), rating(), comments,
                ratedBy, ratedAt, reviewStatus == ReviewStatus.APPROVED);
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

    String ratedBy() {
        return ratedBy;
    }

    LocalDateTime ratedAt() {
        return ratedAt;
    }
}
