package org.ariadne.plan;

import java.math.BigDecimal;

/**
 * One budget line of an activity; the gap is what is planned but not yet secured. The currency is null for the
 * installation's currency.
 */
public record BudgetLineView(Integer year, FundingSourceKind kind, Long sourceInstitutionId, BigDecimal planned,
        BigDecimal secured, String currency) {

    /** A line in the installation's currency. */
    public BudgetLineView(Integer year, FundingSourceKind kind, Long sourceInstitutionId, BigDecimal planned,
            BigDecimal secured) {
        this(year, kind, sourceInstitutionId, planned, secured, null);
    }

    public BigDecimal gap() {
        return planned.subtract(secured == null ? BigDecimal.ZERO : secured).max(BigDecimal.ZERO);
    }

    public BudgetLineCommand toCommand() {
        return new BudgetLineCommand(year, kind, sourceInstitutionId, planned, secured, currency);
    }
}
