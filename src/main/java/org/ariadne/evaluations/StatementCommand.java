package org.ariadne.evaluations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finding or a conclusion of the evaluation, optionally under one criterion; numbered in its kind when added. */
public record StatementCommand(
        @NotNull(message = "{validation.required}") StatementKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.size.max}") String text,
        Criterion criterion) {
}
