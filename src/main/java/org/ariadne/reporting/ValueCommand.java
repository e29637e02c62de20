package org.ariadne.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * The value of one indicator for one collection period: the total, for a percentage its numerator and
 * denominator, and its parts by disaggregation ("SEX=FEMALE|AGE_GROUP=UNDER_18" → 4). A total left empty is
 * the sum of the parts; a total given must equal them.
 */
public record ValueCommand(
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal total,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal numerator,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal denominator,
        Map<String, BigDecimal> parts,
        @Size(max = 2000, message = "{validation.size.max}") String note) {

    public ValueCommand {
        var kept = new LinkedHashMap<String, BigDecimal>();
        if (parts != null) {
            parts.forEach((key, value) -> {
                if (key != null && value != null) {
                    kept.put(key, value);
                }
            });
        }
        parts = Map.copyOf(kept);
    }

    public static ValueCommand empty() {
        return new ValueCommand(null, null, null, Map.of(), null);
    }

    public boolean isEmpty() {
        return total == null && numerator == null && denominator == null && parts.isEmpty()
                && (note == null || note.isBlank());
    }
}
