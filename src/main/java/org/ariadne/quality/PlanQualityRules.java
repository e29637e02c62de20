package org.ariadne.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.risks.RiskStatus;
import org.ariadne.risks.RiskView;

import static org.ariadne.quality.QualityRule.*;

/**
 * The audit rules, in plain Java over one {@link PlanTree}: a single walk down the tree, no database, no Spring,
 * so a plan of 400 activities and 1,200 indicators is checked in a few milliseconds. Each rule is one line below:
 * when it applies to an element and when it flags it.
 */
final class PlanQualityRules {

    QualityReport check(PlanTree tree) {
        return check(tree, List.of());
    }

    /** The plan with its risk register (module risks): the register's risks are checked after the plan's elements. */
    QualityReport check(PlanTree tree, List<RiskView> risks) {
        return check(tree, risks, null);
    }

    /**
     * With {@code mapped}, the plan is a local plan and these are its strategic ("S:12") and specific ("P:34")
     * objectives that map onto a national objective (issue 19); null for a national plan.
     */
    QualityReport check(PlanTree tree, List<RiskView> risks, java.util.Set<String> mapped) {
        var walk = new Walk(tree.plan());
        walk.mapped = mapped;
        for (var strategic : tree.objectives()) {
            strategicObjective(walk, strategic);
        }
        var strategicOf = strategicObjectives(tree);
        for (var risk : risks) {
            risk(walk, risk, strategicOf);
        }
        walk.registeredRisks = risks.size();
        plan(walk, tree);
        return walk.report(tree.objectives());
    }

    private void plan(Walk walk, PlanTree tree) {
        var plan = walk.element(AuditedElement.plan(tree.plan()), null, null);
        plan.rule(PLAN_WITHOUT_OBJECTIVES, tree.objectives().isEmpty());
        plan.rule(PLAN_WITHOUT_OUTCOME_INDICATOR, walk.resultIndicators == 0, walk.outputIndicators,
                walk.activityIndicators, walk.indicatorsWithoutLevel);
        plan.ruleIf(walk.activities > 0, PLAN_WITHOUT_RISKS, walk.activitiesWithRisks == 0 && walk.registeredRisks == 0,
                walk.activities);
    }

    /**
     * A risk that could do great harm (impact 5, or high or critical) needs a mitigation; the finding names the risk,
     * its score and level and the element it threatens, and falls under that element's strategic objective.
     */
    private void risk(Walk walk, RiskView risk, Map<String, Long> strategicOf) {
        var element = risk.element();
        var strategicId = element == null ? null : strategicOf.get(element.reference());
        var check = walk.element(AuditedElement.of(risk), strategicId, risk.ownerId());
        check.ruleIf(risk.status() != RiskStatus.CLOSED && risk.risk().needsMitigation(), RISK_WITHOUT_MITIGATION,
                !risk.hasMitigation(), risk.description(), element == null ? "" : element.label(), risk.score(),
                new Word(risk.level().messageKey()));
    }

    /** The strategic objective each objective and activity falls under, by its risk reference ("activity-56"). */
    private static Map<String, Long> strategicObjectives(PlanTree tree) {
        var strategicOf = new java.util.HashMap<String, Long>();
        for (var strategic : tree.objectives()) {
            strategicOf.put("strategic-" + strategic.id(), strategic.id());
            for (var specific : strategic.specificObjectives()) {
                strategicOf.put("specific-" + specific.id(), strategic.id());
                for (var activity : specific.activities()) {
                    strategicOf.put("activity-" + activity.id(), strategic.id());
                }
            }
        }
        return strategicOf;
    }

    private void strategicObjective(Walk walk, StrategicObjectiveNode strategic) {
        var check = walk.element(AuditedElement.of(strategic), strategic.id(), null);
        check.rule(STRATEGIC_OBJECTIVE_WITHOUT_SPECIFIC, strategic.specificObjectives().isEmpty());
        check.ruleIf(walk.mapped != null, LOCAL_STRATEGIC_OBJECTIVE_UNMAPPED,
                walk.mapped != null && !walk.mapped.contains("S:" + strategic.id()));
        check.rule(STRATEGIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR, !measuresResults(strategic.indicators()));
        for (var indicator : strategic.indicators()) {
            indicator(walk, indicator, strategic.code(), strategic.id(), null);
        }
        for (var specific : strategic.specificObjectives()) {
            specificObjective(walk, specific, strategic.id());
        }
    }

    private void specificObjective(Walk walk, SpecificObjectiveNode specific, long strategicId) {
        var check = walk.element(AuditedElement.of(specific), strategicId, null);
        check.ruleIf(walk.mapped != null, LOCAL_SPECIFIC_OBJECTIVE_UNMAPPED,
                walk.mapped != null && !walk.mapped.contains("P:" + specific.id())
                        && !walk.mapped.contains("S:" + strategicId));
        // an activity a revision dropped is no longer part of the plan: nothing is missing from it any more
        var kept = specific.activities().stream().filter(activity -> !activity.dropped()).toList();
        check.rule(SPECIFIC_OBJECTIVE_WITHOUT_ACTIVITIES, kept.isEmpty());
        check.rule(SPECIFIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR, !measuresResults(specific.indicators()));
        for (var indicator : specific.indicators()) {
            indicator(walk, indicator, specific.code(), strategicId, null);
        }
        for (var activity : kept) {
            activity(walk, activity, strategicId);
        }
    }

    private void activity(Walk walk, ActivityView activity, long strategicId) {
        var check = walk.element(AuditedElement.of(activity), strategicId, activity.leadInstitutionId());
        var datesKnown = !activity.continuous() && activity.startDate() != null && activity.endDate() != null;
        check.rule(ACTIVITY_WITHOUT_LEAD, activity.leadInstitutionId() == null);
        check.rule(ACTIVITY_WITHOUT_TIMELINE, !activity.hasTimeline());
        check.ruleIf(activity.hasTimeline() && !activity.continuous(), ACTIVITY_WITH_OPEN_TIMELINE,
                activity.startDate() == null || activity.endDate() == null);
        check.rule(ACTIVITY_WITHOUT_BUDGET, !hasPlannedBudget(activity.budgetLines()));
        check.rule(ACTIVITY_WITHOUT_VERIFICATION, isBlank(activity.meansOfVerification()));
        check.rule(ACTIVITY_WITHOUT_INDICATOR, activity.indicators().isEmpty());
        if (datesKnown) {
            check.rule(ONE_OFF_EVENT_SPREAD,
                    OneOffEvents.spreadOverMoreThanAYear(activity.title(), activity.startDate(), activity.endDate()),
                    OneOffEvents.months(activity.startDate(), activity.endDate()));
        }
        walk.countActivity(check, !isBlank(activity.risks()));
        for (var indicator : activity.indicators()) {
            indicator(walk, indicator, activity.code(), strategicId, activity.leadInstitutionId());
        }
    }

    /** {@code leadInstitutionId}: of the activity the indicator measures; answers for it unless it names its own. */
    private void indicator(Walk walk, IndicatorView indicator, String ownerCode, long strategicId, Long leadInstitutionId) {
        var institution = indicator.responsibleInstitutionId() != null ? indicator.responsibleInstitutionId() : leadInstitutionId;
        var check = walk.element(AuditedElement.of(indicator, ownerCode), strategicId, institution);
        var type = indicator.type();
        check.rule(INDICATOR_WITHOUT_BASELINE, !indicator.hasBaseline());
        check.rule(INDICATOR_WITHOUT_TARGET, !indicator.hasTarget());
        check.rule(INDICATOR_WITHOUT_TYPE, type == null);
        check.ruleIf(type != IndicatorType.YES_NO && type != IndicatorType.PERCENTAGE, INDICATOR_WITHOUT_UNIT,
                isBlank(indicator.unit()));
        check.ruleIf(type == IndicatorType.PERCENTAGE, PERCENTAGE_WITHOUT_RATIO,
                isBlank(indicator.numerator()) || isBlank(indicator.denominator()));
        check.ruleIf(indicator.hasBaseline(), BASELINE_WITHOUT_YEAR, indicator.baselineYear() == null);
        check.ruleIf(indicator.targetValue() != null, TARGET_WITHOUT_YEAR, indicator.targetYear() == null);
        var outside = yearsOutside(indicator, walk.plan);
        check.ruleIf(indicator.hasTarget(), TARGET_OUTSIDE_PERIOD, !outside.isEmpty(), String.join(", ", outside),
                String.valueOf(walk.plan.startYear()), String.valueOf(walk.plan.endYear()));
        check.rule(INDICATOR_WITHOUT_LEVEL, indicator.resultLevel() == null);
        walk.countIndicator(check, indicator.resultLevel());
    }

    /** Target years the plan period does not cover, as text (years are not numbers to format: "2,023" is wrong). */
    private static List<String> yearsOutside(IndicatorView indicator, PlanHeader plan) {
        var years = new TreeSet<>(indicator.yearTargets().keySet());
        if (indicator.targetValue() != null && indicator.targetYear() != null) {
            years.add(indicator.targetYear());
        }
        return years.stream().filter(year -> year < plan.startYear() || year > plan.endYear())
                .map(String::valueOf).toList();
    }

    private static boolean measuresResults(List<IndicatorView> indicators) {
        return indicators.stream().anyMatch(indicator -> isResult(indicator.resultLevel()));
    }

    private static boolean isResult(ResultLevel level) {
        return level == ResultLevel.OUTCOME || level == ResultLevel.IMPACT;
    }

    private static boolean hasPlannedBudget(List<BudgetLineView> lines) {
        return lines.stream().map(BudgetLineView::planned).filter(Objects::nonNull)
                .anyMatch(planned -> planned.compareTo(BigDecimal.ZERO) > 0);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** What one walk down the tree collects: findings in plan order, counts per rule, and plan-wide tallies. */
    private static final class Walk {

        final PlanHeader plan;
        /** The local plan's mapped objectives (issue 19); null for a national plan. */
        java.util.Set<String> mapped;
        final List<Finding> findings = new ArrayList<>();
        final List<Finding> planFindings = new ArrayList<>();
        final Map<QualityRule, int[]> flagged = new EnumMap<>(QualityRule.class);
        final Map<QualityRule, int[]> checked = new EnumMap<>(QualityRule.class);
        int indicators;
        int readyIndicators;
        int resultIndicators;
        int outputIndicators;
        int activityIndicators;
        int indicatorsWithoutLevel;
        int activities;
        int readyActivities;
        int activitiesWithRisks;
        int registeredRisks;

        Walk(PlanHeader plan) {
            this.plan = plan;
            for (var rule : QualityRule.values()) {
                flagged.put(rule, new int[1]);
                checked.put(rule, new int[1]);
            }
        }

        ElementCheck element(AuditedElement element, Long strategicId, Long institutionId) {
            return new ElementCheck(this, element, strategicId, institutionId);
        }

        void countActivity(ElementCheck check, boolean hasRisks) {
            activities++;
            readyActivities += check.problems == 0 ? 1 : 0;
            activitiesWithRisks += hasRisks ? 1 : 0;
        }

        void countIndicator(ElementCheck check, ResultLevel level) {
            indicators++;
            readyIndicators += check.problems == 0 ? 1 : 0;
            if (level == null) {
                indicatorsWithoutLevel++;
            } else if (isResult(level)) {
                resultIndicators++;
            } else if (level == ResultLevel.OUTPUT) {
                outputIndicators++;
            } else {
                activityIndicators++;
            }
        }

        QualityReport report(List<StrategicObjectiveNode> objectives) {
            var all = Stream.concat(planFindings.stream(), findings.stream()).toList();
            var summaries = Stream.of(QualityRule.values())
                    .map(rule -> new RuleSummary(rule, flagged.get(rule)[0], checked.get(rule)[0])).toList();
            var perObjective = new LinkedHashMap<Long, int[]>();
            objectives.forEach(objective -> perObjective.put(objective.id(), new int[2]));
            for (var finding : findings) {
                var counts = perObjective.get(finding.strategicObjectiveId());
                counts[finding.severity() == Severity.PROBLEM ? 0 : 1]++;
            }
            var objectiveSummaries = objectives.stream().map(objective -> {
                var counts = perObjective.get(objective.id());
                return new ObjectiveSummary(objective.id(), objective.code(), objective.title(), counts[0], counts[1]);
            }).toList();
            return new QualityReport(plan, all, summaries, objectiveSummaries, new Readiness(indicators, readyIndicators),
                    new Readiness(activities, readyActivities));
        }
    }

    /** The checks of one element: counts it for every rule that applies and records a finding for every failure. */
    private static final class ElementCheck {

        private final Walk walk;
        private final AuditedElement element;
        private final Long strategicId;
        private final Long institutionId;
        int problems;

        ElementCheck(Walk walk, AuditedElement element, Long strategicId, Long institutionId) {
            this.walk = walk;
            this.element = element;
            this.strategicId = strategicId;
            this.institutionId = institutionId;
        }

        void rule(QualityRule rule, boolean fails, Object... arguments) {
            ruleIf(true, rule, fails, arguments);
        }

        void ruleIf(boolean applies, QualityRule rule, boolean fails, Object... arguments) {
            if (!applies) {
                return;
            }
            walk.checked.get(rule)[0]++;
            if (fails) {
                walk.flagged.get(rule)[0]++;
                problems += rule.severity() == Severity.PROBLEM ? 1 : 0;
                // a finding outside every strategic objective (a risk to the whole plan) is told with the plan's own
                var target = element.kind() == ElementKind.PLAN || strategicId == null ? walk.planFindings : walk.findings;
                target.add(new Finding(rule, element, strategicId, institutionId, List.of(arguments)));
            }
        }
    }
}
