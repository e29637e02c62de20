package org.ariadne.evaluations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An evaluator put on an evaluation's team, with the days they may open it (both included). */
public record TeamCommand(
        @NotBlank(message = "{validation.required}") String username,
        @NotNull(message = "{validation.required}") LocalDate accessFrom,
        @NotNull(message = "{validation.required}") LocalDate accessUntil) {
}
