package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the operational plans: the M&amp;E officer drafts a year's plan from the action plan and decides its
 * lines; the coordinator approves it and reopens it with a reason. Each change is checked against the version the
 * user saw and written to the audit trail, one line per change.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("changes")
public class OperationalPlanEditing {

    /** The entity types under which the changes are audited. */
    public static final String PLAN = OperationalPlan.AUDIT_TYPE;
    public static final String LINE = OperationalPlanLine.AUDIT_TYPE;

    private final OperationalPlanRecords records;
    private final OperationalPlanLines lines;
    private final Plans plans;
    private final ReportedActivities reported;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String currency;

    OperationalPlanEditing(OperationalPlanRecords records, OperationalPlanLines lines, Plans plans,
            ReportedActivities reported, Institutions institutions, AuditTrail trail, ApplicationEventPublisher events,
            Clock clock, @Value("${ariadne.currency:EUR}") String currency) {
        this.records = records;
        this.lines = lines;
        this.plans = plans;
        this.reported = reported;
        this.institutions = institutions;
        this.trail = trail;
        this.events = events;
        this.clock = clock;
        this.currency = currency;
    }

    /**
     * Drafts the year's operational plan from the action plan: every activity due that year, included, and every
     * unfinished activity of the previous year, proposed for carry-over.
     *
     * @return the operational plan's id
     */
    @PreAuthorize(OperationalPlans.DRAFTERS)
    public long draft(long planId, int year) {
        var tree = plans.tree(planId);
        checkYear(tree.plan(), year);
        if (records.findByPlanIdAndPlanYear(planId, year).isPresent()) {
            throw OperationalPlanException.alreadyDrafted(year);
        }
        var statuses = statusesAtEndOf(planId, year - 1);
        var previous = previousDecisions(planId, year - 1);
        var by = user();
        var now = now();
        var plan = racing(() -> records.save(OperationalPlan.draft(planId, year, by, now)));
        var due = new ArrayList<OperationalPlanLine>();
        var carried = new ArrayList<OperationalPlanLine>();
        for (var specific : tree.specificObjectives().toList()) {
            for (var activity : specific.activities()) {
                var status = statuses.getOrDefault(activity.id(), activity.status());
                switch (YearRules.fit(activity, year, status, previous)) {
                    case DUE -> due.add(OperationalPlanLine.drafted(plan.id(), 0, LineKind.DUE,
                            snapshot(activity, specific.code(), status, year), by, now));
                    case CARRY_OVER -> carried.add(OperationalPlanLine.drafted(plan.id(), 0, LineKind.CARRY_OVER,
                            snapshot(activity, specific.code(), status, year), by, now));
                    case NONE -> {
                    }
                }
            }
        }
        var all = new ArrayList<OperationalPlanLine>(due);
        all.addAll(carried);
        var positioned = new ArrayList<OperationalPlanLine>();
        for (int i = 0; i < all.size(); i++) {
            positioned.add(all.get(i).at(i + 1));
        }
        lines.saveAll(positioned);
        trail.recordCreated(plan.with("due", due.size()).with("carryOvers", carried.size()));
        return plan.id();
    }

    /**
     * The officer's decision on one line of a draft: include or leave out a due activity, accept or decline a
     * carry-over, with the reason, new end date, budget and notes that go with it.
     *
     * @param expectedVersion the line's version the officer saw
     */
    @PreAuthorize(OperationalPlans.DRAFTERS)
    public void decide(long planId, int year, long lineId, Integer expectedVersion, LineCommand command) {
        var header = plans.header(planId);
        var plan = find(planId, year);
        var line = lines.findById(lineId).filter(l -> l.operationalPlanId() == plan.id())
                .orElseThrow(() -> NotFoundException.of("operational-plan-line", lineId));
        plan.checkOpenForChanges();
        OperationalPlanLine.check(line.kind(), command, year, header.endYear());
        checkVersion(line.version(), expectedVersion, line.updatedBy(), line.updatedAt());
        var directory = institutions.directory();
        var before = line.audited(planId, year, directory::nameOf);
        var by = user();
        var now = now();
        line.decide(command, year, header.endYear(), by, now);
        plan.touch(by, now);
        var saved = racing(() -> {
            records.save(plan);
            return lines.save(line);
        });
        trail.recordChange(before, saved.audited(planId, year, directory::nameOf));
    }

    /** The rules of {@link #decide} without saving, for a form that shows them beside its invalid fields. */
    @PreAuthorize(OperationalPlans.DRAFTERS)
    @Transactional(readOnly = true)
    public void check(long planId, int year, long lineId, LineCommand command) {
        var header = plans.header(planId);
        var plan = find(planId, year);
        var line = lines.findById(lineId).filter(l -> l.operationalPlanId() == plan.id())
                .orElseThrow(() -> NotFoundException.of("operational-plan-line", lineId));
        OperationalPlanLine.check(line.kind(), command, year, header.endYear());
    }

    /** The coordinator approves the year's operational plan, which freezes it. */
    @PreAuthorize(OperationalPlans.APPROVERS)
    public void approve(long planId, int year, Integer expectedVersion) {
        var plan = find(planId, year);
        checkVersion(plan.version(), expectedVersion, plan.updatedBy(), plan.updatedAt());
        var before = plan.snapshot();
        var by = user();
        plan.approve(lines.findByOperationalPlanIdOrderByPosition(plan.id()), by, now());
        var saved = racing(() -> records.save(plan));
        trail.recordChange(before, saved);
        events.publishEvent(new OperationalPlanApproved(planId, year, by));
    }

    /** The coordinator opens an approved operational plan again for a correction, saying why. */
    @PreAuthorize(OperationalPlans.APPROVERS)
    public void reopen(long planId, int year, Integer expectedVersion, String reason) {
        var plan = find(planId, year);
        checkVersion(plan.version(), expectedVersion, plan.updatedBy(), plan.updatedAt());
        var before = plan.snapshot();
        plan.reopen(reason, user(), now());
        var saved = racing(() -> records.save(plan));
        trail.recordChange(before, saved);
        events.publishEvent(new OperationalPlanReopened(planId, year, reason.strip()));
    }

    private OperationalPlan find(long planId, int year) {
        return records.findByPlanIdAndPlanYear(planId, year)
                .orElseThrow(() -> NotFoundException.of("operational-plan", planId + "/" + year));
    }

    private OperationalPlanLine.Snapshot snapshot(ActivityView activity, String objectiveCode, ActivityStatus status,
            int year) {
        var budgetLines = activity.budgetLines().stream().filter(line -> Objects.equals(line.year(), year)).toList();
        var currencies = budgetLines.stream().map(line -> line.currency() == null ? currency : line.currency())
                .distinct().toList();
        BigDecimal planned = budgetLines.isEmpty() || currencies.size() > 1 ? null
                : budgetLines.stream().map(BudgetLineView::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OperationalPlanLine.Snapshot(activity.id(), objectiveCode, activity.code(), activity.title(),
                activity.startDate(), activity.endDate(), activity.continuous(), status, activity.leadInstitutionId(),
                activity.supportingInstitutionIds(), targets(activity.indicators(), year), planned,
                currencies.size() == 1 && !currencies.get(0).equals(currency) ? currencies.get(0) : null);
    }

    /** The year's target of each indicator of the activity: its yearly target, or its final one due that year. */
    static List<String> targets(List<IndicatorView> indicators, int year) {
        var targets = new ArrayList<String>();
        for (var indicator : indicators) {
            var value = indicator.yearTargets().get(year);
            if (value == null && Objects.equals(indicator.targetYear(), year)) {
                value = indicator.targetValue();
            }
            if (value != null) {
                var unit = indicator.unit() == null || indicator.unit().isBlank() ? "" : " " + indicator.unit().strip();
                var text = indicator.name().replace('\n', ' ') + ": " + value.stripTrailingZeros().toPlainString() + unit;
                targets.add(text.length() > 400 ? text.substring(0, 400) : text);
            }
        }
        return targets;
    }

    /**
     * The status of each activity at the end of a year, from the accepted reports of that year's periods (the latest
     * that gives one); activities without are left out, and read at their current status.
     */
    private Map<Long, ActivityStatus> statusesAtEndOf(long planId, int year) {
        var statuses = new HashMap<Long, ActivityStatus>();
        for (var entry : reported.entries(planId, false, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (entry.status() != null) {
                statuses.put(entry.activityId(), entry.status());
            }
        }
        return statuses;
    }

    private Map<Long, YearRules.Previous> previousDecisions(long planId, int year) {
        var decisions = new HashMap<Long, YearRules.Previous>();
        records.findByPlanIdAndPlanYear(planId, year).ifPresent(previous -> {
            for (var line : lines.findByOperationalPlanIdOrderByPosition(previous.id())) {
                if (line.kind() == LineKind.CARRY_OVER) {
                    decisions.put(line.activityId(), new YearRules.Previous(line.decision(), line.newEndDate()));
                }
            }
        });
        return decisions;
    }

    static void checkYear(PlanHeader plan, int year) {
        if (year < plan.startYear() || year > plan.endYear()) {
            throw OperationalPlanException.yearOutsidePlan(year, plan.startYear(), plan.endYear());
        }
    }

    private static <T> T racing(Supplier<T> save) {
        try {
            return save.get();
        } catch (DataAccessException clash) {
            for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
                    throw OperationalPlanException.changedMeanwhile();
                }
            }
            throw clash;
        }
    }

    private static void checkVersion(Integer actual, Integer expected, String changedBy, LocalDateTime changedAt) {
        if (expected == null || !expected.equals(actual)) {
            throw ConflictException.of("operationalplan.conflict", actual, changedBy, changedAt);
        }
    }

    private static String user() {
        return CurrentUser.required().getUsername();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
