package org.ariadne.finance;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** The part of a commitment (in its currency) given to one activity, for a year or (year null) the whole period. */
public record AllocationCommand(
        Long activityId,
        Integer year,
        @DecimalMin(value = "0.01", message = "{finance.validation.positive}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal amount) {

    /** A row of the form left empty. */
    public boolean isBlank() {
        return activityId == null && amount == null && year == null;
    }
}
