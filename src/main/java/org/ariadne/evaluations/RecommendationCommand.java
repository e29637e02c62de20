package org.ariadne.evaluations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A recommendation of the evaluation: its reference in the report ("R1"), its text in the language it was written
 * in, the criterion it follows from (optional) and its priority.
 */
public record RecommendationCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}") String reference,
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.size.max}") String text,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "[a-z]{2,3}", message = "{evaluations.validation.language}") String language,
        Criterion criterion,
        @NotNull(message = "{validation.required}") Priority priority) {

    public static RecommendationCommand empty(String nextReference) {
        return new RecommendationCommand(nextReference, "", "en", null, Priority.MEDIUM);
    }
}
