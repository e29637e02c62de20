package org.ariadne.quality;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.ariadne.quality.ElementKind.ACTIVITY;
import static org.ariadne.quality.ElementKind.INDICATOR;
import static org.ariadne.quality.ElementKind.PLAN;
import static org.ariadne.quality.ElementKind.RISK;
import static org.ariadne.quality.ElementKind.SPECIFIC_OBJECTIVE;
import static org.ariadne.quality.ElementKind.STRATEGIC_OBJECTIVE;
import static org.ariadne.quality.Severity.PROBLEM;
import static org.ariadne.quality.Severity.WARNING;

/**
 * What the audit looks for (DOMAIN.md, "Plan quality audit"), in the order the summary shows it: indicators first,
 * because unmeasurable indicators are the seeds' main criticism of existing plans. The codes are stable: they
 * appear in links, filters and exported spreadsheets, so never rename one. The logic is in {@link PlanQualityRules}.
 */
public enum QualityRule {

    INDICATOR_WITHOUT_BASELINE("IND-NO-BASELINE", PROBLEM, INDICATOR),
    INDICATOR_WITHOUT_TARGET("IND-NO-TARGET", PROBLEM, INDICATOR),
    INDICATOR_WITHOUT_TYPE("IND-NO-TYPE", PROBLEM, INDICATOR),
    /** Yes/no indicators need no unit, and a percentage's unit is the per cent sign (its base is checked below). */
    INDICATOR_WITHOUT_UNIT("IND-NO-UNIT", PROBLEM, INDICATOR),
    PERCENTAGE_WITHOUT_RATIO("IND-NO-RATIO", PROBLEM, INDICATOR),
    BASELINE_WITHOUT_YEAR("IND-BASELINE-NO-YEAR", WARNING, INDICATOR),
    TARGET_WITHOUT_YEAR("IND-TARGET-NO-YEAR", WARNING, INDICATOR),
    TARGET_OUTSIDE_PERIOD("IND-TARGET-OUTSIDE-PERIOD", WARNING, INDICATOR),
    INDICATOR_WITHOUT_LEVEL("IND-NO-LEVEL", WARNING, INDICATOR),

    ACTIVITY_WITHOUT_LEAD("ACT-NO-LEAD", PROBLEM, ACTIVITY),
    ACTIVITY_WITHOUT_TIMELINE("ACT-NO-TIMELINE", PROBLEM, ACTIVITY),
    ACTIVITY_WITH_OPEN_TIMELINE("ACT-OPEN-TIMELINE", WARNING, ACTIVITY),
    ACTIVITY_WITHOUT_BUDGET("ACT-NO-BUDGET", PROBLEM, ACTIVITY),
    ACTIVITY_WITHOUT_VERIFICATION("ACT-NO-VERIFICATION", PROBLEM, ACTIVITY),
    ACTIVITY_WITHOUT_INDICATOR("ACT-NO-INDICATOR", PROBLEM, ACTIVITY),
    ONE_OFF_EVENT_SPREAD("ACT-ONE-OFF-SPREAD", WARNING, ACTIVITY),

    SPECIFIC_OBJECTIVE_WITHOUT_ACTIVITIES("SPEC-NO-ACTIVITIES", PROBLEM, SPECIFIC_OBJECTIVE),
    SPECIFIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR("SPEC-NO-RESULT-INDICATOR", WARNING, SPECIFIC_OBJECTIVE),
    STRATEGIC_OBJECTIVE_WITHOUT_SPECIFIC("STRAT-NO-SPECIFIC-OBJECTIVES", PROBLEM, STRATEGIC_OBJECTIVE),
    STRATEGIC_OBJECTIVE_WITHOUT_RESULT_INDICATOR("STRAT-NO-RESULT-INDICATOR", WARNING, STRATEGIC_OBJECTIVE),

    /**
     * Issue 19: an objective of a local or regional plan that contributes to no national objective (neither it nor,
     * for a specific objective, its strategic objective is mapped); national plans are not checked.
     */
    LOCAL_STRATEGIC_OBJECTIVE_UNMAPPED("STRAT-NO-NATIONAL-OBJECTIVE", WARNING, STRATEGIC_OBJECTIVE),
    LOCAL_SPECIFIC_OBJECTIVE_UNMAPPED("SPEC-NO-NATIONAL-OBJECTIVE", WARNING, SPECIFIC_OBJECTIVE),

    /** A risk of the register with severe impact, or high or critical, and no mitigation (module risks). */
    RISK_WITHOUT_MITIGATION("RISK-NO-MITIGATION", PROBLEM, RISK),

    PLAN_WITHOUT_OBJECTIVES("PLAN-NO-OBJECTIVES", PROBLEM, PLAN),
    PLAN_WITHOUT_OUTCOME_INDICATOR("PLAN-NO-OUTCOME-INDICATOR", PROBLEM, PLAN),
    PLAN_WITHOUT_RISKS("PLAN-NO-RISKS", PROBLEM, PLAN);

    private final String code;
    private final Severity severity;
    private final ElementKind scope;

    QualityRule(String code, Severity severity, ElementKind scope) {
        this.code = code;
        this.severity = severity;
        this.scope = scope;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** The kind of element the rule checks. */
    public ElementKind scope() {
        return scope;
    }

    /** A short name: filters, group headings and the "rule" column of the exports. */
    public String titleKey() {
        return key("title");
    }

    /** The summary sentence, "{0} of {1} indicators have no baseline". */
    public String summaryKey() {
        return key("summary");
    }

    /** What is wrong with one element and what to do, with the finding's arguments. */
    public String messageKey() {
        return key("message");
    }

    private String key(String suffix) {
        return "quality.rule." + code.toLowerCase(Locale.ROOT) + "." + suffix;
    }

    public static Optional<QualityRule> byCode(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }
}
