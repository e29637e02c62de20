package org.ariadne.coordination;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the office sets on a follow-up action: what, decided under which decision of the meeting (none: the meeting
 * as a whole), who owns it, by when, the plan activity it serves, and where it stands.
 */
public record FollowUpCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.size.max}") String description,
        Integer decisionNumber,
        @NotNull(message = "{validation.required}") Long ownerId,
        @NotNull(message = "{validation.required}") LocalDate dueOn,
        Long activityId,
        @NotNull(message = "{validation.required}") ActionStatus status,
        @Size(max = 2000, message = "{validation.size.max}") String closingNote) {

    public static FollowUpCommand empty() {
        return new FollowUpCommand("", null, null, null, null, ActionStatus.OPEN, "");
    }
}
