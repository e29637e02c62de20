package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SortedMap;

/**
 * A reported value of an indicator for one collection period; {@code id} is 0 while nothing is saved.
 * {@code suppressed}: something was saved, but the reader may see it only protected ({@link ReportFigureDisclosure}),
 * so total, numerator, denominator, parts and note are left out and the value reads {@code [c]}.
 */
public record ValueView(long id, int version, long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal total,
        BigDecimal numerator, BigDecimal denominator, SortedMap<String, BigDecimal> parts, String note,
        LocalDateTime updatedAt, String updatedBy, boolean suppressed) {

    public ValueView(long id, int version, long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal total,
            BigDecimal numerator, BigDecimal denominator, SortedMap<String, BigDecimal> parts, String note,
            LocalDateTime updatedAt, String updatedBy) {
        this(id, version, indicatorId, startsOn, endsOn, total, numerator, denominator, parts, note, updatedAt,
                updatedBy, false);
    }

    public static ValueView blank(long indicatorId, LocalDate startsOn, LocalDate endsOn) {
        return new ValueView(0, 0, indicatorId, startsOn, endsOn, null, null, null, new java.util.TreeMap<>(), null, null,
                null);
    }

    public boolean isEmpty() {
        return total == null && !suppressed;
    }

    /**
     * The value as a reader who sees it only protected reads it: nothing of what was saved (the note may name the
     * count too), only that something was; an empty value stays empty.
     */
    ValueView withheld() {
        if (total == null && numerator == null && parts.isEmpty() && note == null) {
            return this;
        }
        return new ValueView(id, version, indicatorId, startsOn, endsOn, null, null, null, new java.util.TreeMap<>(),
                null, updatedAt, updatedBy, true);
    }

    public ValueCommand toCommand() {
        return new ValueCommand(total, numerator, denominator, parts, note);
    }
}
