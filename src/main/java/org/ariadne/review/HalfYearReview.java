package org.ariadne.review;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The review of one plan's half-year. Guards its own workflow: ratings and corrective actions change only while it
 * is a draft; the coordinator approves it once every activity rated 2 or 3 says why (seed 002: recommendations and
 * corrective actions are optional, so neither holds approval up), which locks its ratings; the M&E officer reopens an approved review with a reason. Every rating change touches the review, so an
 * approval never overlooks a rating saved while the coordinator was reading.
 */
@Table("half_year_review")
class HalfYearReview implements Audited {

    static final String AUDIT_TYPE = "half-year-review";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private String halfYear;
    private ReviewStatus status;
    private String approvedBy;
    private LocalDateTime approvedAt;
    private String reopenedBy;
    private LocalDateTime reopenedAt;
    private String reopenReason;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;

    HalfYearReview() {
    }

    static HalfYearReview draft(long planId, HalfYear half, String by, LocalDateTime now) {
        var review = new HalfYearReview();
        review.planId = planId;
        review.halfYear = half.label();
        review.status = ReviewStatus.DRAFT;
        review.createdAt = now;
        review.updatedBy = by;
        review.updatedAt = now;
        return review;
    }

    /** Refuses any change to the ratings (and their corrective actions) of an approved review. */
    void checkOpenForChanges() {
        if (status == ReviewStatus.APPROVED) {
            throw ReviewException.approved(half());
        }
    }

    /** Records that a rating or corrective action of this review changed (and claims the review's version). */
    void touch(String by, LocalDateTime now) {
        checkOpenForChanges();
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * The activities rated 2 or 3 without comments saying why, by activity: what stands in the way of approval. A
     * rating saved now always has them; these are ratings saved before the seed's rule was kept.
     */
    static List<ActivityRating> unexplained(Collection<ActivityRating> ratings) {
        return ratings.stream()
                .filter(rating -> rating.rating().asksForComments())
                .filter(rating -> rating.comments() == null)
                .sorted(Comparator.comparingLong(ActivityRating::activityId))
                .toList();
    }

    /**
     * Approves the review. Refused when it is approved already, when nothing is rated, and while an activity rated 2
     * or 3 has no comments. A missing corrective action or recommendation does not hold it up.
     *
     * @param codes the activity code of each activity id, to name the unexplained ones in the refusal
     */
    void approve(Collection<ActivityRating> ratings, Map<Long, String> codes, String by, LocalDateTime now) {
        if (status == ReviewStatus.APPROVED) {
            throw ReviewException.alreadyApproved(half());
        }
        if (ratings.isEmpty()) {
            throw ReviewException.nothingRated(half());
        }
        var missing = unexplained(ratings);
        if (!missing.isEmpty()) {
            var named = String.join(", ", missing.stream()
                    .map(rating -> codes.getOrDefault(rating.activityId(), "#" + rating.activityId())).toList());
            throw ReviewException.commentsMissing(missing.size(), named);
        }
        status = ReviewStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
        updatedBy = by;
        updatedAt = now;
    }

    /** Opens an approved review again, for a correction; the reason stays on the review and in the trail. */
    void reopen(String reason, String by, LocalDateTime now) {
        if (status != ReviewStatus.APPROVED) {
            throw ReviewException.notApproved(half());
        }
        if (reason == null || reason.isBlank()) {
            throw ReviewException.reasonRequired();
        }
        status = ReviewStatus.DRAFT;
        reopenReason = reason.strip();
        reopenedBy = by;
        reopenedAt = now;
        approvedBy = null;
        approvedAt = null;
        updatedBy = by;
        updatedAt = now;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return halfYear;
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("halfYear", halfYear);
        state.put("status", status.name());
        state.put("approvedBy", approvedBy);
        state.put("reopenReason", reopenReason);
        return state;
    }

    ReviewView view() {
        return new ReviewView(planId, half(), status, version, approvedBy, approvedAt, reopenedBy, reopenedAt,
                reopenReason, updatedBy, updatedAt);
    }

    String label() {
        return halfYear;
    }

    HalfYear half() {
        return HalfYear.of(halfYear);
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

    ReviewStatus status() {
        return status;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
