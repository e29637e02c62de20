package org.ariadne.recommendations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The management response as the coordinator records it; the form binds to this. */
public record ResponseCommand(
        @NotNull(message = "{validation.required}") ResponseDecision decision,
        @Size(max = 2000, message = "{validation.size.max}") String reason,
        @Size(max = 2000, message = "{validation.size.max}") String action,
        Long ownerId,
        LocalDate deadline,
        ResponseStatus status,
        @Size(max = 2000, message = "{validation.size.max}") String closingNote) {

    public static ResponseCommand empty() {
        return new ResponseCommand(null, "", "", null, null, ResponseStatus.OPEN, "");
    }
}
