package org.ariadne.reportingcycle;

import java.time.LocalDateTime;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** How a plan's institutions report: period length and deadline rule. One per plan. */
@Table("reporting_schedule")
class ReportingSchedule {

    @Id
    private Long planId;
    @Version
    private Integer version;
    private boolean active;
    private PeriodLength periodLength;
    private DeadlineRule.Kind deadlineKind;
    private int deadlineDays;
    private int remindDaysBefore;
    private LocalDateTime updatedAt;

    ReportingSchedule() {
    }

    static ReportingSchedule quarterly(long planId, LocalDateTime now) {
        var schedule = new ReportingSchedule();
        schedule.planId = planId;
        schedule.apply(new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER, 15, 5), now);
        return schedule;
    }

    void apply(ScheduleCommand command, LocalDateTime now) {
        active = Boolean.TRUE.equals(command.active());
        periodLength = command.periodLength();
        deadlineKind = command.deadlineKind();
        deadlineDays = command.deadlineDays();
        remindDaysBefore = command.remindDaysBefore();
        new DeadlineRule(deadlineKind, deadlineDays);
        updatedAt = now;
    }

    DeadlineRule rule() {
        return new DeadlineRule(deadlineKind, deadlineDays);
    }

    ScheduleView view() {
        return new ScheduleView(planId, version == null ? 0 : version, active, periodLength, deadlineKind, deadlineDays,
                remindDaysBefore);
    }

    /** The schedule as the audit trail keeps it, under the plan's title; frozen when made. */
    Audited audited(String planTitle) {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("active", active);
        state.put("periodLength", periodLength.name());
        state.put("deadline", deadlineKind.name() + " " + deadlineDays);
        state.put("remindDaysBefore", remindDaysBefore);
        return Audited.of(ReportingSchedules.SCHEDULE, planId, planTitle, planId, state);
    }

    Long planId() {
        return planId;
    }

    Integer version() {
        return version;
    }

    boolean active() {
        return active;
    }

    PeriodLength periodLength() {
        return periodLength;
    }

    int remindDaysBefore() {
        return remindDaysBefore;
    }
}
