package org.ariadne.recommendations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new activity proposed for a year's operational plan to answer a recommendation. */
public record ProposalCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") String title,
        Long institutionId,
        @NotNull(message = "{validation.required}") Integer year) {
}
