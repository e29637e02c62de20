package org.ariadne.finance;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One activity's part of a commitment, in the commitment's currency. */
@Table("commitment_allocation")
record Allocation(long activityId, @Column("allocation_year") Integer year, BigDecimal amount) {

    AllocationView view() {
        return new AllocationView(activityId, year, amount);
    }
}
