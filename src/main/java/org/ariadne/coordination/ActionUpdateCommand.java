package org.ariadne.coordination;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the owner's focal point (or the office) says of an action's progress: its status and, to close it, a note. */
public record ActionUpdateCommand(
        @NotNull(message = "{validation.required}") ActionStatus status,
        @Size(max = 2000, message = "{validation.size.max}") String closingNote) {
}
