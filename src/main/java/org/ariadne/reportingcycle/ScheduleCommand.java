package org.ariadne.reportingcycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What the M&E officer sets for a plan's reporting. */
public record ScheduleCommand(
        Boolean active,
        @NotNull(message = "{validation.required}") PeriodLength periodLength,
        @NotNull(message = "{validation.required}") DeadlineRule.Kind deadlineKind,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{reporting.validation.days}") @Max(value = 60, message = "{reporting.validation.days}") Integer deadlineDays,
        @NotNull(message = "{validation.required}") @Min(value = 0, message = "{reporting.validation.days}") @Max(value = 60, message = "{reporting.validation.days}") Integer remindDaysBefore) {

    public ScheduleCommand {
        active = Boolean.TRUE.equals(active);
    }
}
