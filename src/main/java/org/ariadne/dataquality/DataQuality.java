package org.ariadne.dataquality;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedFigures;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.ariadne.security.CurrentUser;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-quality checks of a plan: the settings the M&E officer and the coordinator keep (each check for all
 * indicators, and exceptions for one), and the values the checks flag, per reporting period for the office and per
 * report for its institution (through {@link ReportWarnings}). Every change of a setting is in the audit trail.
 */
@Service
@Transactional(readOnly = true)
public class DataQuality {

    /** Who reads the data-quality page and sets the checks. */
    public static final String OFFICE = "hasAnyRole('COORDINATOR', 'ME_OFFICER')";
    /** Who reads the flags beside the half-year review: whoever reads the review (its readers, as review says). */
    public static final String REVIEW_READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";
    public static final String AUDIT_TYPE = CheckRule.AUDIT_TYPE;
    /** How far back the checks look for an institution's earlier values (an annual indicator's last four). */
    static final int HISTORY_YEARS = 5;

    private final CheckRules rules;
    private final Plans plans;
    private final ReportingPeriods schedules;
    private final ReportedFigures figures;
    private final AuditTrail trail;
    private final Clock clock;

    DataQuality(CheckRules rules, Plans plans, ReportingPeriods schedules, ReportedFigures figures, AuditTrail trail,
            Clock clock) {
        this.rules = rules;
        this.plans = plans;
        this.schedules = schedules;
        this.figures = figures;
        this.trail = trail;
        this.clock = clock;
    }

    /** The flags of one period and the plan's periods to choose from, for the office's page. */
    public record PeriodFlags(PeriodView period, List<PeriodView> periods, List<Flag> flags) {
    }

    /**
     * The settings in force: the four checks for all indicators (as set, or built in), then the exceptions for one
     * indicator in the plan's order.
     */
    @PreAuthorize(OFFICE)
    public List<RuleView> rules(long planId) {
        var tree = plans.tree(planId);
        var facts = facts(tree);
        var stored = rules.findByPlanId(planId);
        var result = new ArrayList<RuleView>();
        for (var kind : CheckKind.values()) {
            result.add(stored.stream().filter(rule -> rule.indicatorId() == null && rule.kind() == kind).findFirst()
                    .map(rule -> rule.view(null))
                    .orElseGet(() -> CheckRule.of(planId, null, kind).view(null)));
        }
        // the exceptions in the plan's order of indicators, which is the order of the facts
        var order = new HashMap<Long, Integer>();
        facts.keySet().forEach(id -> order.put(id, order.size()));
        stored.stream().filter(rule -> rule.indicatorId() != null && facts.containsKey(rule.indicatorId()))
                .sorted(Comparator.comparing((CheckRule rule) -> order.get(rule.indicatorId()))
                        .thenComparing(CheckRule::kind))
                .forEach(rule -> result.add(rule.view(facts.get(rule.indicatorId()).label())));
        return result;
    }

    /**
     * Sets a check for all indicators or for one: the rule the officer saw ({@code seenVersion}; null when they saw
     * none) is changed, or a new one made.
     *
     * @throws DataQualityException when the threshold is missing or out of range, or the indicator is not the plan's
     * @throws ConflictException    when someone changed the rule after the officer opened the page
     */
    @PreAuthorize(OFFICE)
    @Transactional
    public void set(long planId, Integer seenVersion, RuleCommand command) {
        var facts = facts(plans.tree(planId));
        if (command.indicatorId() != null && !facts.containsKey(command.indicatorId())) {
            throw DataQualityException.indicatorNotInPlan();
        }
        var existing = rules.findByPlanIdAndScopeKeyAndKind(planId, CheckRule.scopeKey(command.indicatorId()),
                command.kind());
        var rule = existing.orElseGet(() -> CheckRule.of(planId, command.indicatorId(), command.kind()));
        if (existing.isPresent() && !Objects.equals(seenVersion, rule.version())) {
            throw ConflictException.of("dataquality.conflict", rule.version(), rule.updatedBy(), rule.updatedAt());
        }
        var before = existing.map(found -> found.audited(scope(facts, found.indicatorId()))).orElse(null);
        rule.set(command.enabled(), command.threshold(), user(), now());
        var saved = racing(() -> rules.save(rule));
        var after = saved.audited(scope(facts, saved.indicatorId()));
        if (before == null) {
            trail.recordCreated(after);
        } else {
            trail.recordChange(before, after);
        }
    }

    /**
     * Removes a setting: an exception for one indicator goes (the setting for all applies again), a setting for all
     * goes back to the built-in one.
     */
    @PreAuthorize(OFFICE)
    @Transactional
    public void remove(long planId, long ruleId, Integer seenVersion) {
        var rule = rules.findById(ruleId).filter(found -> found.planId() == planId)
                .orElseThrow(() -> NotFoundException.of("data-quality-rule", ruleId));
        if (!Objects.equals(seenVersion, rule.version())) {
            throw ConflictException.of("dataquality.conflict", rule.version(), rule.updatedBy(), rule.updatedAt());
        }
        var facts = facts(plans.tree(planId));
        rules.delete(rule);
        trail.recordDeleted(rule.audited(scope(facts, rule.indicatorId())));
    }

    /** What the checks flag in the reports the institutions sent for a period (submitted or accepted). */
    @PreAuthorize(OFFICE)
    public PeriodFlags flags(long planId, long periodId) {
        var period = schedules.period(periodId);
        if (period.planId() != planId) {
            throw DataQualityException.periodNotInPlan();
        }
        var tree = plans.tree(planId);
        var sent = figures.sentInPeriod(periodId);
        var history = figures.sentBetween(planId, null, period.startsOn().minusYears(HISTORY_YEARS), period.startsOn());
        var flags = Checks.flags(sent, history, sent, figures.evidencedActivities(periodId), facts(tree),
                new Checks.Settings(rules.findByPlanId(planId)));
        return new PeriodFlags(period, schedules.ofPlan(planId), flags);
    }

    /**
     * What the checks flag in the reports sent for the plan's periods ending from {@code from} to {@code to} (a
     * half-year under review), each period checked as {@link #flags} checks it, in the periods' order.
     */
    @PreAuthorize(REVIEW_READERS)
    public List<Flag> flagsEnding(long planId, java.time.LocalDate from, java.time.LocalDate to) {
        var periods = schedules.ofPlan(planId).stream()
                .filter(period -> !period.endsOn().isBefore(from) && !period.endsOn().isAfter(to)).toList();
        if (periods.isEmpty()) {
            return List.of();
        }
        var facts = facts(plans.tree(planId));
        var settings = new Checks.Settings(rules.findByPlanId(planId));
        var result = new ArrayList<Flag>();
        for (var period : periods) {
            var sent = figures.sentInPeriod(period.id());
            if (sent.isEmpty()) {
                continue;
            }
            var history = figures.sentBetween(planId, null, period.startsOn().minusYears(HISTORY_YEARS),
                    period.startsOn());
            result.addAll(Checks.flags(sent, history, sent, figures.evidencedActivities(period.id()), facts, settings));
        }
        return result;
    }

    /**
     * What the checks flag in one report as it stands (a draft too), against the institution's earlier values and
     * what the others sent for the period. For a report its reader may already open: no read rule here.
     */
    public List<Flag> reportFlags(long periodId, long institutionId) {
        var period = schedules.period(periodId);
        var tree = plans.tree(period.planId());
        var own = figures.ofReport(periodId, institutionId);
        if (own.isEmpty()) {
            return List.of();
        }
        var history = figures.sentBetween(period.planId(), institutionId,
                period.startsOn().minusYears(HISTORY_YEARS), period.startsOn());
        var others = figures.sentInPeriod(periodId).stream()
                .filter(figure -> figure.institutionId() != institutionId).toList();
        var evidence = Map.of(institutionId,
                figures.evidencedActivities(periodId).getOrDefault(institutionId, java.util.Set.of()));
        return Checks.flags(own, history, others, evidence, facts(tree),
                new Checks.Settings(rules.findByPlanId(period.planId())));
    }

    /** The plan's indicators with their labels ("A1.1.1 Victims identified"), in the plan's order: a choice list. */
    public static Map<Long, String> indicatorLabels(PlanTree tree) {
        var labels = new java.util.LinkedHashMap<Long, String>();
        facts(tree).forEach((id, facts) -> labels.put(id, facts.label()));
        return labels;
    }

    /**
     * The indicators of the plan as the checks see them, labelled with their element's code ("A1.1.1 Victims"), in
     * the order of {@link PlanTree#indicators()}: strategic objectives', specific objectives', then activities'.
     */
    static Map<Long, Checks.Facts> facts(PlanTree tree) {
        var result = new java.util.LinkedHashMap<Long, Checks.Facts>();
        tree.objectives().forEach(so -> so.indicators().forEach(i -> result.put(i.id(), facts(i, so.code(), null))));
        tree.specificObjectives().forEach(sp -> sp.indicators()
                .forEach(i -> result.put(i.id(), facts(i, sp.code(), null))));
        tree.activities().forEach(a -> a.indicators().forEach(i -> result.put(i.id(),
                facts(i, a.code(), a.id(), a.meansOfVerification()))));
        return result;
    }

    private static Checks.Facts facts(IndicatorView indicator, String code, Long activity) {
        return facts(indicator, code, activity, null);
    }

    /**
     * An activity's indicator asks for evidence when it names its own means of verification, or when the activity
     * does: the matrix often writes "Shelter register" once, on the activity.
     */
    private static Checks.Facts facts(IndicatorView indicator, String code, Long activity, String activityVerification) {
        return new Checks.Facts(indicator.id(), code + " " + indicator.name(), indicator.type(), activity,
                written(indicator.meansOfVerification()) || written(activityVerification));
    }

    private static boolean written(String text) {
        return text != null && !text.isBlank();
    }

    private static String scope(Map<Long, Checks.Facts> facts, Long indicatorId) {
        if (indicatorId == null) {
            return "all";
        }
        var indicator = facts.get(indicatorId);
        return indicator == null ? "indicator " + indicatorId : indicator.label();
    }

    private static <T> T racing(Supplier<T> save) {
        try {
            return save.get();
        } catch (DataAccessException clash) {
            for (Throwable cause = clash; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockingFailureException || cause instanceof DuplicateKeyException) {
                    throw ConflictException.of("dataquality.conflict", null, null, null);
                }
            }
            throw clash;
        }
    }

    private static String user() {
        return CurrentUser.required().getUsername();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
