package org.ariadne.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A corrective action's new status with a note (a cancellation says why). */
@org.springframework.modulith.NamedInterface("changes")
public record ActionStatusCommand(
        @NotNull(message = "{validation.required}") ActionStatus status,
        @Size(max = 2000, message = "{validation.size.max}") String note) {
}
