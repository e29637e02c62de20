package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SortedMap;

/** A reported value of an indicator for one collection period; {@code id} is 0 while nothing is saved. */
public record ValueView(long id, int version, long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal total,
        BigDecimal numerator, BigDecimal denominator, SortedMap<String, BigDecimal> parts, String note,
        LocalDateTime updatedAt, String updatedBy) {

    public static ValueView blank(long indicatorId, LocalDate startsOn, LocalDate endsOn) {
        return new ValueView(0, 0, indicatorId, startsOn, endsOn, null, null, null, new java.util.TreeMap<>(), null, null,
                null);
    }

    public boolean isEmpty() {
        return total == null;
    }

    public ValueCommand toCommand() {
        return new ValueCommand(total, numerator, denominator, parts, note);
    }
}
