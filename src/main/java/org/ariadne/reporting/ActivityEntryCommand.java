package org.ariadne.reporting;

import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.ariadne.plan.ActivityStatus;

/** What an institution reports on one activity for the period (seed 002 monitoring matrix). */
public record ActivityEntryCommand(
        ActivityStatus status,
        @Size(max = 8000, message = "{validation.size.max}") String narrative,
        @Size(max = 4000, message = "{validation.size.max}") String problems,
        List<@Valid SpendingCommand> spending) {

    public ActivityEntryCommand {
        spending = spending == null ? List.of() : spending.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
    }
}
