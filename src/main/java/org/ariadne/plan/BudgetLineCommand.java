package org.ariadne.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;

/**
 * One budget line: amount planned (and secured) from a source, for a year or, without a year, the whole period, in
 * a currency (an ISO code such as ALL or MDL; null for the installation's currency).
 */
public record BudgetLineCommand(
        Integer year,
        FundingSourceKind kind,
        Long sourceInstitutionId,
        @DecimalMin(value = "0", message = "{validation.not-negative}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal planned,
        @DecimalMin(value = "0", message = "{validation.not-negative}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal secured,
        @Pattern(regexp = "[A-Za-z]{3}", message = "{validation.currency}") String currency) {

    /** A line in the installation's currency. */
    public BudgetLineCommand(Integer year, FundingSourceKind kind, Long sourceInstitutionId, BigDecimal planned,
            BigDecimal secured) {
        this(year, kind, sourceInstitutionId, planned, secured, null);
    }

    /** A row of the form left empty. */
    public boolean isBlank() {
        return planned == null && secured == null && sourceInstitutionId == null && year == null;
    }
}
