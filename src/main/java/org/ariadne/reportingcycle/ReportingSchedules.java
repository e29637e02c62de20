package org.ariadne.reportingcycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ariadne.common.ConflictException;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each plan's reporting schedule and its periods. Periods open by themselves: every night (and at start-up) the
 * periods of every active schedule are created up to the one running today, each with its deadline.
 */
@Service
@org.springframework.modulith.NamedInterface("changes")
public class ReportingSchedules {

    static final String SCHEDULE = "reporting-schedule";
    static final String HOLIDAY = "holiday";
    private static final Logger log = LoggerFactory.getLogger(ReportingSchedules.class);

    private final Schedules schedules;
    private final Periods periods;
    private final Plans plans;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    private final org.ariadne.common.participant.ParticipantScope participants;

    ReportingSchedules(Schedules schedules, Periods periods, Plans plans, JdbcClient jdbc, AuditTrail trail, Clock clock,
            org.ariadne.common.participant.ParticipantScope participants) {
        this.participants = participants;
        this.schedules = schedules;
        this.periods = periods;
        this.plans = plans;
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ScheduleView> schedule(long planId) {
        return schedules.findById(planId).map(ReportingSchedule::view);
    }

    /** Sets (or starts) a plan's reporting; the periods of the plan are then brought up to date. */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public void configure(long planId, int expectedVersion, ScheduleCommand command) {
        plans.header(planId);
        var existing = schedules.findById(planId);
        var schedule = existing.orElseGet(() -> ReportingSchedule.quarterly(planId, now()));
        if (existing.isPresent() && existing.get().version() != expectedVersion) {
            throw ConflictException.of("reporting.conflict", existing.get().version(), null, null);
        }
        var title = plans.header(planId).title();
        var before = existing.map(found -> found.audited(title));
        schedule.apply(command, now());
        var saved = schedules.save(schedule);
        before.ifPresentOrElse(was -> trail.recordChange(was, saved.audited(title)),
                () -> trail.recordCreated(saved.audited(title)));
        openPeriods(saved);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PeriodView> periods(long planId) {
        return periods.findByPlanIdOrderByStartsOn(planId).stream().map(ReportingPeriod::view).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PeriodView period(long periodId) {
        return periods.findById(periodId).filter(found -> participants.sees(participantOfPlan(found.planId())))
                .map(ReportingPeriod::view)
                .orElseThrow(() -> NotFoundException.of("reporting-period", periodId));
    }

    /** Opens the periods of every active schedule up to today. Safe to run any number of times. */
    @Transactional
    public void openPeriods() {
        org.ariadne.security.SystemTasks.run("scheduler", () -> schedules.findActive().forEach(this::openPeriods));
    }

    /** At start-up too, so that a server that was down at midnight still opens the new period. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @Transactional
    public void openPeriodsAtStartUp() {
        openPeriods();
    }

    private void openPeriods(ReportingSchedule schedule) {
        if (!schedule.active()) {
            return;
        }
        var plan = plans.header(schedule.planId());
        var today = LocalDate.now(clock);
        var length = schedule.periodLength();
        // the public holidays of the plan's country (issue 19)
        var holidays = holidays(participantOfPlan(schedule.planId()));
        var start = LocalDate.of(plan.startYear(), 1, 1);
        var lastStart = length.startOf(today.isAfter(LocalDate.of(plan.endYear(), 12, 31))
                ? LocalDate.of(plan.endYear(), 12, 31) : today);
        int opened = 0;
        for (var cursor = start; !cursor.isAfter(lastStart); cursor = cursor.plusMonths(length.months())) {
            var end = cursor.plusMonths(length.months()).minusDays(1);
            var deadline = schedule.rule().deadline(end, holidays);
            var existing = periods.findByPlanIdAndStartsOn(schedule.planId(), cursor);
            if (existing.isEmpty()) {
                periods.save(new ReportingPeriod(null, schedule.planId(), cursor, end, deadline, length.label(cursor)));
                opened++;
            } else if (!existing.get().deadline().equals(deadline) && existing.get().endsOn().equals(end)) {
                // a changed rule or a new holiday moves deadlines that are still to come, never past ones
                if (existing.get().deadline().isAfter(today)) {
                    periods.save(new ReportingPeriod(existing.get().id(), schedule.planId(), cursor, end, deadline,
                            existing.get().label()));
                }
            }
        }
        if (opened > 0) {
            log.info("Opened {} reporting period(s) of plan {}", opened, schedule.planId());
        }
    }

    // ---- holidays ----

    /**
     * The public holidays of the signed-in person's participant; of every participant for those who work across
     * participants (issue 19).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Holiday> holidayList() {
        var only = participants.narrowedTo().map(own -> " where participant_id = " + own).orElse("");
        return jdbc.sql("select id, holiday_date, name from holiday" + only + " order by holiday_date")
                .query((row, index) -> new Holiday(row.getLong("id"), row.getDate("holiday_date").toLocalDate(), row.getString("name")))
                .list();
    }

    /** The public holidays a plan's deadlines skip: those of the plan's participant. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Holiday> holidayList(long planId) {
        return jdbc.sql("select id, holiday_date, name from holiday where participant_id = ? order by holiday_date")
                .param(participantOfPlan(planId))
                .query((row, index) -> new Holiday(row.getLong("id"), row.getDate("holiday_date").toLocalDate(), row.getString("name")))
                .list();
    }

    /** A holiday of the person's participant (the home participant's for those who work across participants). */
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    @Transactional
    public void addHoliday(LocalDate day, String name) {
        if (day == null || name == null || name.isBlank()) {
            throw CycleException.holidayIncomplete();
        }
        var participant = participants.forNewRecord();
        jdbc.sql("delete from holiday where holiday_date = ? and participant_id = ?").params(day, participant).update();
        jdbc.sql("insert into holiday (holiday_date, name, participant_id) values (?, ?, ?)")
                .params(day, name.strip(), participant).update();
        trail.recordCreated(holiday(null, day, name.strip()));
        openPeriods();
    }

    @PreAuthorize("hasAnyRole('ME_OFFICER', 'ADMINISTRATOR')")
    @Transactional
    public void removeHoliday(long id) {
        var owner = jdbc.sql("select participant_id from holiday where id = ?").param(id).query(Long.class).optional();
        if (owner.isEmpty() || !participants.sees(owner.get())) {
            return;
        }
        var gone = jdbc.sql("select holiday_date, name from holiday where id = ?").param(id)
                .query((row, index) -> holiday(id, row.getDate("holiday_date").toLocalDate(), row.getString("name")))
                .optional();
        if (gone.isEmpty()) {
            return;
        }
        jdbc.sql("delete from holiday where id = ?").param(id).update();
        trail.recordDeleted(gone.get());
        openPeriods();
    }

    /** A holiday as the audit trail keeps it: the day and its name. */
    private static Audited holiday(Long id, LocalDate day, String name) {
        return Audited.of(HOLIDAY, id, day + " " + name, null, AuditRecord.state("day", day.toString(), "name", name));
    }

    private Set<LocalDate> holidays(long participant) {
        return new HashSet<>(jdbc.sql("select holiday_date from holiday where participant_id = ?").param(participant)
                .query(LocalDate.class).list());
    }

    /** Whether the signed-in person may see the plan (a plan named in a query parameter, issue 19). */
    @Transactional(readOnly = true)
    public boolean seesPlan(long planId) {
        return plans.participantOf(planId).filter(participants::sees).isPresent();
    }

    /** The participant of a plan: whose holidays its deadlines skip. */
    private long participantOfPlan(long planId) {
        return plans.participantOf(planId).orElse(org.ariadne.common.participant.ParticipantScope.HOME);
    }

    /** A public holiday, skipped when deadlines count working days. */
    public record Holiday(long id, LocalDate day, String name) {
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
