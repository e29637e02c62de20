package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value a check flagged: which check, whose value of which indicator for which collection period, the value,
 * and what it was compared with ({@code reference}: the median of the previous values, the previous value, or the
 * other institution's value, {@code otherInstitutionId} then naming it). The threshold is the one in force.
 */
public record Flag(CheckKind kind, long indicatorId, String indicatorLabel, long institutionId, long periodId,
        LocalDate startsOn, LocalDate endsOn, BigDecimal value, BigDecimal reference, Long otherInstitutionId,
        BigDecimal threshold, Long activityId) {

    /** Where the value is on its institution's report page. */
    public String anchor() {
        return kind == CheckKind.NO_EVIDENCE && activityId != null ? "e-" + activityId
                : "i-" + indicatorId + "-" + startsOn;
    }
}
