package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A check as the office set it: for all indicators ({@code indicatorId} null) or for one, with its label
 * ("A1.1.1 Victims identified"). A check never set has no id and no version: it shows the built-in setting.
 */
public record RuleView(Long id, Integer version, long planId, Long indicatorId, String indicatorLabel, CheckKind kind,
        boolean enabled, BigDecimal threshold, String updatedBy, LocalDateTime updatedAt) {

    public boolean forAll() {
        return indicatorId == null;
    }
}
