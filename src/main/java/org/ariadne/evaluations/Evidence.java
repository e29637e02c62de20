package org.ariadne.evaluations;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One piece of evidence of a criterion's judgement. {@code targetId} is the indicator, activity, file or, for a
 * progress report, the reporting period (the report is the period's of {@code institutionId}). The label is kept as
 * it read when linked, so that the matrix still says what it was if the thing is renamed.
 */
@Table("evaluation_evidence")
record Evidence(EvidenceKind kind, long targetId, Long institutionId, String label) {

    String reference() {
        return switch (kind) {
            case INDICATOR -> "indicator-" + targetId;
            case ACTIVITY -> "activity-" + targetId;
            case REPORT -> "report-" + targetId + "-" + institutionId;
            case FILE -> "file-" + targetId;
        };
    }
}
