package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ariadne.plan.FundingSourceKind;

/**
 * A donor's or a ministry's commitment as the form sends it: the funder (an institution of the directory, or a name
 * when it is not there), the kind of source it is for the plan, pledge or agreement, the agreement's reference, the
 * amount in its currency (ISO 4217), the dates, and what is allocated to each activity.
 */
public record CommitmentCommand(
        Long funderInstitutionId,
        @Size(max = 300, message = "{validation.size.max}") String funderName,
        @NotNull(message = "{validation.required}") FundingSourceKind source,
        @NotNull(message = "{validation.required}") CommitmentKind kind,
        @Size(max = 200, message = "{validation.size.max}") String reference,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{finance.validation.positive}") @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal amount,
        @NotBlank(message = "{validation.required}") String currency,
        LocalDate signedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        @Valid List<AllocationCommand> allocations) {

    public CommitmentCommand {
        allocations = allocations == null ? List.of() : allocations;
    }

    /** An empty form: a donor's agreement in the installation's currency. */
    public static CommitmentCommand empty(String currency) {
        return new CommitmentCommand(null, null, FundingSourceKind.DONOR, CommitmentKind.AGREEMENT, null, null, currency,
                null, null, null, List.of());
    }

    /** The allocations actually filled in. */
    public List<AllocationCommand> filledAllocations() {
        return allocations.stream().filter(a -> a != null && !a.isBlank()).toList();
    }

    /** The same command with {@code blanks} empty allocation rows added, for the form. */
    public CommitmentCommand withBlankRows(int blanks) {
        var rows = new ArrayList<>(filledAllocations());
        for (int i = 0; i < blanks; i++) {
            rows.add(new AllocationCommand(null, null, null));
        }
        return new CommitmentCommand(funderInstitutionId, funderName, source, kind, reference, amount, currency,
                signedOn, startsOn, endsOn, rows);
    }
}
