package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

/**
 * What the M&amp;E officer decides for one line: a due activity included (with a note on the year's target and a
 * budget for the year) or left out with a reason; a carry-over accepted with a reason, a new end date and a budget for
 * the year, or declined with a reason.
 */
public record LineCommand(LineDecision decision, @Size(max = 2000) String reason, LocalDate newEndDate,
        @Digits(integer = 15, fraction = 2) BigDecimal budget, @Size(max = 2000) String targetNote,
        @Size(max = 2000) String budgetNote) {

    public static LineCommand include(BigDecimal budget, String targetNote) {
        return new LineCommand(LineDecision.INCLUDED, null, null, budget, targetNote, null);
    }

    public static LineCommand exclude(String reason) {
        return new LineCommand(LineDecision.EXCLUDED, reason, null, null, null, null);
    }

    public static LineCommand accept(String reason, LocalDate newEndDate, BigDecimal budget) {
        return new LineCommand(LineDecision.ACCEPTED, reason, newEndDate, budget, null, null);
    }

    public static LineCommand decline(String reason) {
        return new LineCommand(LineDecision.DECLINED, reason, null, null, null, null);
    }
}
