package org.ariadne.recommendations;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person sets on a source of recommendations; the form binds to this. */
public record SourceCommand(
        @NotNull(message = "{validation.required}") Long planId,
        @NotNull(message = "{validation.required}") SourceKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String name,
        @Size(max = 60, message = "{validation.size.max}") String round,
        @Min(value = 1990, message = "{recommendations.validation.year}")
        @Max(value = 2100, message = "{recommendations.validation.year}") Integer year,
        LocalDate date) {

    public static SourceCommand empty(Long planId) {
        return new SourceCommand(planId, null, "", "", null, null);
    }
}
