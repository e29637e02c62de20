package org.ariadne.risks;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** When a scenario was activated (or deactivated) and why: the coordinator's decision, kept in the trail. */
public record ActivationCommand(
        @NotNull(message = "{validation.required}") LocalDate date,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String reason) {
}
