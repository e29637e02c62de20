package org.ariadne.reporting;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.ariadne.plan.FundingSourceKind;

/** Money spent on the activity in the period from one source. */
public record SpendingCommand(FundingSourceKind kind, Long sourceInstitutionId,
        @DecimalMin(value = "0", message = "{validation.not-negative}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal amount) {

    public boolean isBlank() {
        return amount == null && sourceInstitutionId == null;
    }
}
