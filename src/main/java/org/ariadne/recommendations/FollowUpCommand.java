package org.ariadne.recommendations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A year's follow-up note as the form gives it; {@code links} one web address a line. The file comes beside it. */
public record FollowUpCommand(
        @NotNull(message = "{validation.required}") @Min(value = 1990, message = "{recommendations.validation.year}")
        @Max(value = 2100, message = "{recommendations.validation.year}") Integer year,
        @NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.size.max}") String measures,
        @Size(max = 2000, message = "{validation.size.max}") String evidence,
        @Size(max = 2000, message = "{validation.size.max}") String links) {

    public static FollowUpCommand empty(int year) {
        return new FollowUpCommand(year, "", "", "");
    }
}
