package org.ariadne.plan;

import java.math.BigDecimal;

/** One budget line of an activity; the gap is what is planned but not yet secured. */
public record BudgetLineView(Integer year, FundingSourceKind kind, Long sourceInstitutionId, BigDecimal planned,
        BigDecimal secured) {

    public BigDecimal gap() {
        return planned.subtract(secured == null ? BigDecimal.ZERO : secured).max(BigDecimal.ZERO);
    }

    public BudgetLineCommand toCommand() {
        return new BudgetLineCommand(year, kind, sourceInstitutionId, planned, secured);
    }
}
