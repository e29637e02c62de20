package org.ariadne.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** One budget line: amount planned (and secured) from a source, for a year or, without a year, the whole period. */
public record BudgetLineCommand(
        Integer year,
        FundingSourceKind kind,
        Long sourceInstitutionId,
        @DecimalMin(value = "0", message = "{validation.not-negative}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal planned,
        @DecimalMin(value = "0", message = "{validation.not-negative}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal secured) {

    /** A row of the form left empty. */
    public boolean isBlank() {
        return planned == null && secured == null && sourceInstitutionId == null && year == null;
    }
}
