package org.ariadne.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record StrategicObjectiveCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String title,
        @Size(max = 4000, message = "{validation.size.max}") String description,
        @NotNull(message = "{validation.required}") ThematicArea thematicArea) {
}
