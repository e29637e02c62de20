package org.ariadne.review;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A corrective action as the M&E officer writes it: what is to be done, by which institution, by when. */
@org.springframework.modulith.NamedInterface("changes")
public record CorrectiveActionCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String description,
        @NotNull(message = "{validation.required}") Long ownerInstitutionId,
        @NotNull(message = "{validation.required}") LocalDate dueDate) {
}
