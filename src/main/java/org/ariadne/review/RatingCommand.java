package org.ariadne.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ariadne.plan.ActivityStatus;

/**
 * The rating form of one activity: 1, 2 or 3, the comments saying why (required for 2 and 3), an optional
 * recommendation, and the status the officer sets in the review (empty: the reported status stands).
 */
@org.springframework.modulith.NamedInterface("changes")
public record RatingCommand(
        @NotNull(message = "{review.validation.rating}") @Min(value = 1, message = "{review.validation.rating}")
        @Max(value = 3, message = "{review.validation.rating}") Integer rating,
        @Size(max = 4000, message = "{validation.size.max}") String comments,
        @Size(max = 4000, message = "{validation.size.max}") String recommendation,
        ActivityStatus status) {

    /** A rating with comments only, the status left as reported. */
    public RatingCommand(Integer rating, String comments) {
        this(rating, comments, null, null);
    }
}
