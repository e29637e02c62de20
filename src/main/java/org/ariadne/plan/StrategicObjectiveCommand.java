package org.ariadne.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person sets on a strategic objective. {@code thematicArea} is the code of one of the plan's areas
 * ({@link PlanArea}), or null: an objective need not have one.
 */
public record StrategicObjectiveCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String title,
        @Size(max = 4000, message = "{validation.size.max}") String description,
        @Size(max = 40, message = "{validation.size.max}") String thematicArea) {

    /** An objective in one of the six areas a new plan starts with. */
    public StrategicObjectiveCommand(String code, String title, String description, ThematicArea thematicArea) {
        this(code, title, description, thematicArea == null ? null : thematicArea.name());
    }
}
