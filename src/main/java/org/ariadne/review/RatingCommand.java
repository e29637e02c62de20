package org.ariadne.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The rating form of one activity: 1, 2 or 3 and the comments saying why. */
public record RatingCommand(
        @NotNull(message = "{review.validation.rating}") @Min(value = 1, message = "{review.validation.rating}")
        @Max(value = 3, message = "{review.validation.rating}") Integer rating,
        @Size(max = 4000, message = "{validation.size.max}") String comments) {
}
