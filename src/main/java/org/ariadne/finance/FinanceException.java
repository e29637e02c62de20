package org.ariadne.finance;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to commitments or exchange rates; {@link #field()} names the form field it is about. */
public final class FinanceException extends UserFacingException {

    private final String field;

    private FinanceException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private FinanceException(List<FinanceException> each) {
        super(each);
        this.field = each.get(0).field;
    }

    /** The form field the refusal is about, null for the whole form. */
    public String field() {
        return field;
    }

    static FinanceException all(List<FinanceException> each) {
        return each.size() == 1 ? each.get(0) : new FinanceException(each);
    }

    static FinanceException unknownCurrency(String field, String code) {
        return new FinanceException(field, "finance.error.unknown-currency", code);
    }

    static FinanceException funderRequired() {
        return new FinanceException("funderName", "finance.error.funder-required");
    }

    static FinanceException unknownFunder() {
        return new FinanceException("funderInstitutionId", "finance.error.unknown-funder");
    }

    static FinanceException endBeforeStart() {
        return new FinanceException("endsOn", "finance.error.end-before-start");
    }

    static FinanceException overAllocated(String allocated, String amount) {
        return new FinanceException("amount", "finance.error.over-allocated", allocated, amount);
    }

    static FinanceException allocationWithoutActivity(int row) {
        return new FinanceException("allocations[" + (row - 1) + "].activityId", "finance.error.allocation-activity", row);
    }

    static FinanceException allocationWithoutAmount(int row) {
        return new FinanceException("allocations[" + (row - 1) + "].amount", "finance.error.allocation-amount", row);
    }

    static FinanceException allocationYearOutside(int row, int start, int end) {
        return new FinanceException("allocations[" + (row - 1) + "].year", "finance.error.allocation-year", row, start,
                end);
    }

    static FinanceException duplicateAllocation(int row) {
        return new FinanceException("allocations[" + (row - 1) + "].activityId", "finance.error.allocation-duplicate",
                row);
    }

    static FinanceException installationCurrency(String code) {
        return new FinanceException("currency", "finance.error.rate-installation-currency", code);
    }

    static FinanceException duplicateRate(String code, String from) {
        return new FinanceException("validFrom", "finance.error.rate-duplicate", code, from);
    }
}
