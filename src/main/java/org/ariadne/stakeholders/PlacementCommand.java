package org.ariadne.stakeholders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Where the office places an institution on the plan's grid: interest and power from 1 (low) to 5 (high), why, and
 * how to engage it (left empty: the approach usual for that place, {@link EngagementApproach#suggestedFor}).
 */
public record PlacementCommand(
        @NotNull(message = "{validation.required}") Long institutionId,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{stakeholders.validation.score}")
        @Max(value = 5, message = "{stakeholders.validation.score}") Integer interest,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{stakeholders.validation.score}")
        @Max(value = 5, message = "{stakeholders.validation.score}") Integer power,
        EngagementApproach approach,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") String reason) {

    public static PlacementCommand empty() {
        return new PlacementCommand(null, null, null, null, "");
    }

    /** The approach chosen, or the usual one for the place. */
    public EngagementApproach approachOrSuggested() {
        return approach != null ? approach : EngagementApproach.suggestedFor(interest, power);
    }
}
