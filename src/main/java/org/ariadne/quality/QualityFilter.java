package org.ariadne.quality;

/** Narrows the findings list; every part is optional (null means "all"). */
public record QualityFilter(QualityRule rule, Severity severity, Long strategicObjectiveId, Long institutionId) {

    public static QualityFilter none() {
        return new QualityFilter(null, null, null, null);
    }

    public boolean isEmpty() {
        return rule == null && severity == null && strategicObjectiveId == null && institutionId == null;
    }

    public boolean matches(Finding finding) {
        return (rule == null || finding.rule() == rule)
                && (severity == null || finding.severity() == severity)
                && (strategicObjectiveId == null || strategicObjectiveId.equals(finding.strategicObjectiveId()))
                && (institutionId == null || institutionId.equals(finding.institutionId()));
    }
}
