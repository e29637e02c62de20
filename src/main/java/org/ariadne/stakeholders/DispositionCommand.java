package org.ariadne.stakeholders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The office's decision on a comment; a reason is required unless it is accepted. */
public record DispositionCommand(
        @NotNull(message = "{stakeholders.validation.disposition}") Disposition disposition,
        @Size(max = 1000, message = "{validation.size.max}") String reason,
        @Size(max = 1000, message = "{validation.size.max}") String note) {

    public static DispositionCommand empty() {
        return new DispositionCommand(null, "", "");
    }
}
