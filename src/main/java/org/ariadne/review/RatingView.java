package org.ariadne.review;

import java.time.LocalDateTime;

/**
 * An activity's rating for a half-year, as pages, dashboards and the annual report read it. {@code approved} says
 * whether the coordinator has approved the half-year's review (a draft rating may still change).
 */
public record RatingView(long id, int version, long planId, long activityId, String activityCode, HalfYear halfYear,
        Rating rating, String comments, String ratedBy, LocalDateTime ratedAt, boolean approved) {
}
