package org.ariadne.reportingcycle;

import java.util.List;

import org.ariadne.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods as the report reads them: the period a report belongs to, whether a plan collects reports, and how
 * long its periods are (the report lays its values out in collection periods within them). Not guarded: a period's
 * dates are no secret, and the report's services, which apply the report's read rules, also run as the system (its
 * event listeners).
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class ReportingPeriods {

    private final Periods periods;
    private final Schedules schedules;
    private final org.ariadne.plan.Plans plans;
    private final org.ariadne.common.participant.ParticipantScope participants;

    ReportingPeriods(Periods periods, Schedules schedules, org.ariadne.plan.Plans plans,
            org.ariadne.common.participant.ParticipantScope participants) {
        this.plans = plans;
        this.participants = participants;
        this.periods = periods;
        this.schedules = schedules;
    }

    @Transactional(readOnly = true)
    public PeriodView period(long periodId) {
        // a period of another participant's plan does not exist for a person of one participant (issue 19): this also
        // keeps out the reports named in a posted form (the bulk review), which no address guard sees
        var narrowed = participants.narrowedTo().isPresent();
        return periods.findById(periodId)
                .filter(found -> !narrowed || participants.sees(plans.participantOf(found.planId()).orElse(null)))
                .map(ReportingPeriod::view)
                .orElseThrow(() -> NotFoundException.of("reporting-period", periodId));
    }

    @Transactional(readOnly = true)
    public List<PeriodView> ofPlan(long planId) {
        return periods.findByPlanIdOrderByStartsOn(planId).stream().map(ReportingPeriod::view).toList();
    }

    /**
     * Whether the plan is one of the signed-in person's participant (issue 19): the reporting lists across plans show
     * those only.
     */
    @Transactional(readOnly = true)
    public boolean isOwnParticipants(long planId) {
        return participants.narrowedTo().isEmpty() || plans.participantOf(planId).filter(participants::sees).isPresent();
    }

    /** Whether the plan collects reports: its reporting was set and is switched on. */
    @Transactional(readOnly = true)
    public boolean isActive(long planId) {
        return schedules.findById(planId).map(ReportingSchedule::active).orElse(false);
    }

    /** The length of the plan's periods; quarterly for a plan whose reporting was never set. */
    @Transactional(readOnly = true)
    public PeriodLength length(long planId) {
        return schedules.findById(planId).map(ReportingSchedule::periodLength).orElse(PeriodLength.QUARTERLY);
    }
}
