package org.ariadne.evaluations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** A team member's access window changed: the days they may open the evaluation, both included. */
public record WindowCommand(
        @NotNull(message = "{validation.required}") LocalDate accessFrom,
        @NotNull(message = "{validation.required}") LocalDate accessUntil) {
}
