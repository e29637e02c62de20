package org.ariadne.evaluations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An evaluation question under one OECD-DAC criterion. */
public record QuestionCommand(
        @NotNull(message = "{validation.required}") Criterion criterion,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String text) {
}
