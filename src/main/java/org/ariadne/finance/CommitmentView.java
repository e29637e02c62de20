package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.plan.FundingSourceKind;

/**
 * A commitment as pages show it: {@code funder} is the directory's name or the typed one; amounts in
 * {@code currency}. {@code allocated} is the sum of the allocations, {@code unallocated} what is left of the amount.
 */
public record CommitmentView(long id, int version, long planId, Long funderInstitutionId, String funderName,
        String funder, FundingSourceKind source, CommitmentKind kind, String reference, BigDecimal amount,
        String currency, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, List<AllocationView> allocations,
        String updatedBy, LocalDateTime updatedAt) {

    public BigDecimal allocated() {
        return allocations.stream().map(AllocationView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal unallocated() {
        return amount.subtract(allocated());
    }

    /** The date whose exchange rate converts the commitment: the signed date, or (null) the latest rate. */
    public LocalDate rateDate() {
        return signedOn;
    }

    public CommitmentCommand toCommand() {
        return new CommitmentCommand(funderInstitutionId, funderName, source, kind, reference, amount, currency,
                signedOn, startsOn, endsOn,
                allocations.stream().map(a -> new AllocationCommand(a.activityId(), a.year(), a.amount())).toList());
    }
}
