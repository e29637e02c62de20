package org.ariadne.reportingcycle;

/** A plan's reporting schedule as pages show it. */
public record ScheduleView(long planId, int version, boolean active, PeriodLength periodLength,
        DeadlineRule.Kind deadlineKind, int deadlineDays, int remindDaysBefore) {

    public ScheduleCommand toCommand() {
        return new ScheduleCommand(active, periodLength, deadlineKind, deadlineDays, remindDaysBefore);
    }
}
