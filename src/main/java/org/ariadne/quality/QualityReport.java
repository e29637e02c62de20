package org.ariadne.quality;

import java.util.List;

import org.ariadne.plan.PlanHeader;

/**
 * The audit of one plan: every finding in plan order (the plan's own first), one summary per rule in rule order,
 * the findings per strategic objective, and how many indicators and activities have no problem.
 */
public record QualityReport(PlanHeader plan, List<Finding> findings, List<RuleSummary> rules,
        List<ObjectiveSummary> objectives, Readiness indicators, Readiness activities) {

    public QualityReport {
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        objectives = List.copyOf(objectives);
    }

    public long count(Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).count();
    }

    public RuleSummary summary(QualityRule rule) {
        return rules.stream().filter(summary -> summary.rule() == rule).findFirst().orElseThrow();
    }

    public List<Finding> findings(QualityFilter filter) {
        return filter.isEmpty() ? findings : findings.stream().filter(filter::matches).toList();
    }
}
