package org.ariadne.strategy;

import org.ariadne.common.participant.ParticipantScope;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.text.NameKey;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strategies and the action plans they hold. Everyone signed in reads them, as they read plans; the coordinator
 * creates and changes them. A plan belongs to at most one strategy; the plans of a strategy lie within its period
 * and do not overlap, so that they follow each other. Every change is one line of the audit trail.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class Strategies {

    private final StrategyRepository strategies;
    private final Plans plans;
    private final DashboardCharts dashboards;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final ParticipantScope participants;

    Strategies(StrategyRepository strategies, Plans plans, DashboardCharts dashboards, AuditTrail trail,
            AuditHistory history, Clock clock, ParticipantScope participants) {
        this.participants = participants;
        this.strategies = strategies;
        this.plans = plans;
        this.dashboards = dashboards;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The strategies of the reader's participant (every participant's for a person working across them). */
    public List<StrategySummary> list() {
        return strategies.findAllByOrderByStartYearDescTitle().stream().filter(s -> participants.sees(s.participantId()))
                .map(s -> new StrategySummary(s.id(), s.title(),
                s.kind(), s.theme(), s.startYear(), s.endYear(), s.plans().size(), s.demo())).toList();
    }

    public StrategyView get(long id) {
        var strategy = find(id);
        var known = plans.list().stream().map(PlanSummary::id).toList();
        var held = strategy.plans().stream().map(Strategy.StrategyPlan::planId).filter(known::contains)
                .map(plans::header).sorted(Comparator.comparingInt(PlanHeader::startYear)).toList();
        return new StrategyView(strategy.id(), strategy.version(), strategy.title(), strategy.kind(), strategy.theme(),
                strategy.vision(), strategy.mission(), strategy.guidingPrinciples(), strategy.startYear(),
                strategy.endYear(), strategy.demo(), held);
    }

    /** The strategy a plan belongs to, if any. */
    public Optional<StrategySummary> ofPlan(long planId) {
        return strategies.findByPlan(planId).filter(s -> participants.sees(s.participantId())).map(s -> new StrategySummary(s.id(), s.title(), s.kind(), s.theme(),
                s.startYear(), s.endYear(), s.plans().size(), s.demo()));
    }

    /** The plans of the strategy's participant no strategy holds yet, which the coordinator may add to it. */
    public List<PlanSummary> plansWithoutStrategy(long id) {
        var owner = find(id).participantId();
        return plans.list().stream().filter(p -> strategies.findByPlan(p.id()).isEmpty())
                .filter(p -> plans.participantOf(p.id()).orElse(ParticipantScope.HOME) == owner).toList();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public long create(StrategyCommand command) {
        return create(command, false);
    }

    /** A strategy made of demo data, marked so that nobody mistakes it for a real one. */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public long createDemo(StrategyCommand command) {
        return create(command, true);
    }

    private long create(StrategyCommand command, boolean demo) {
        checkPeriod(command, null);
        var saved = strategies.save(Strategy.create(command, demo, participants.forNewRecord(), now()));
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void update(long id, int expectedVersion, StrategyCommand command) {
        var strategy = find(id);
        if (strategy.version() != expectedVersion) {
            var last = history.lastChange(Strategy.AUDIT_TYPE, id);
            throw ConflictException.of("strategy.conflict", strategy.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        checkPeriod(command, strategy);
        var before = strategy.snapshot();
        strategy.apply(command, now());
        trail.recordChange(before, strategies.save(strategy));
    }

    /**
     * Adds an action plan to the strategy.
     *
     * @throws StrategyException when the plan belongs to another strategy, lies outside the strategy's period or
     * overlaps one of its plans
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void addPlan(long id, long planId) {
        var strategy = find(id);
        var plan = plans.header(planId);
        var refusals = new ArrayList<StrategyException>();
        strategies.findByPlan(planId).ifPresent(other -> refusals.add(other.id().equals(strategy.id())
                ? StrategyException.alreadyHeld(plan.title()) : StrategyException.inOtherStrategy(plan.title(), other.title())));
        if (plan.startYear() < strategy.startYear() || plan.endYear() > strategy.endYear()) {
            refusals.add(StrategyException.planOutside(plan.title(), plan.startYear(), plan.endYear(),
                    strategy.startYear(), strategy.endYear()));
        }
        for (var other : get(id).plans()) {
            if (other.id() != planId && plan.startYear() <= other.endYear() && other.startYear() <= plan.endYear()) {
                refusals.add(StrategyException.overlap(plan.title(), other.title(), other.startYear(), other.endYear()));
            }
        }
        // a strategy holds its own participant's plans only (issue 19 item 2), also for those working across them
        if (plans.participantOf(planId).orElse(ParticipantScope.HOME) != strategy.participantId()) {
            refusals.add(StrategyException.otherParticipant(plan.title()));
        }
        StrategyException.refuseAll(refusals);
        var before = strategy.snapshot();
        strategy.add(planId);
        trail.recordChange(before, strategies.save(strategy));
    }

    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    public void removePlan(long id, long planId) {
        var strategy = find(id);
        var before = strategy.snapshot();
        if (!strategy.remove(planId)) {
            throw NotFoundException.of("strategy-plan", planId);
        }
        trail.recordChange(before, strategies.save(strategy));
    }

    /**
     * The indicators that continue across the strategy's plans (the same name in two or more of them), year by
     * year: each year's value and target from the plan that covered it, as that plan's dashboard counts them
     * (accepted reports, the targets of the version in force that year).
     */
    public List<IndicatorHistory> indicatorHistory(long id) {
        var strategy = get(id);
        var rows = new LinkedHashMap<String, List<IndicatorHistory.Year>>();
        var names = new LinkedHashMap<String, String[]>();
        for (var plan : strategy.plans()) {
            for (int year = Math.max(plan.startYear(), strategy.startYear());
                    year <= Math.min(plan.endYear(), strategy.endYear()); year++) {
                var overview = dashboards.progress(plan.id(), DashboardFilter.year(year));
                int shown = year;
                overview.indicators().forEach(progress -> {
                    var key = NameKey.of(progress.indicator().name());
                    names.putIfAbsent(key, new String[] {progress.indicator().name(), progress.indicator().unit()});
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new IndicatorHistory.Year(shown, plan.id(),
                            plan.title(), progress.ownerCode(), progress.value(), progress.target()));
                });
            }
        }
        var result = new ArrayList<IndicatorHistory>();
        rows.forEach((key, years) -> {
            var history = new IndicatorHistory(names.get(key)[0], names.get(key)[1], List.copyOf(years));
            if (history.plans() > 1) {
                result.add(history);
            }
        });
        return result;
    }

    private void checkPeriod(StrategyCommand command, Strategy strategy) {
        var refusals = new ArrayList<StrategyException>();
        if (command.startYear() != null && command.endYear() != null && command.endYear() < command.startYear()) {
            refusals.add(StrategyException.periodReversed(command.startYear(), command.endYear()));
        } else if (strategy != null && command.startYear() != null && command.endYear() != null) {
            for (var plan : get(strategy.id()).plans()) {
                if (plan.startYear() < command.startYear() || plan.endYear() > command.endYear()) {
                    refusals.add(StrategyException.periodLeavesPlanOut(plan.title(), plan.startYear(), plan.endYear()));
                }
            }
        }
        StrategyException.refuseAll(refusals);
    }

    private Strategy find(long id) {
        return strategies.findById(id).filter(s -> participants.sees(s.participantId()))
                .orElseThrow(() -> NotFoundException.of(Strategy.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

}
