package org.ariadne.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A thematic area's names as the office writes them: English (required) and Albanian. */
public record AreaCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @Size(max = 200, message = "{validation.size.max}") String nameSq) {
}
