package org.ariadne.coordination;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What was done under an agreement in one year; an empty note removes that year's. */
public record NoteCommand(
        @NotNull(message = "{validation.required}") Integer year,
        @Size(max = 4000, message = "{validation.size.max}") String note) {
}
