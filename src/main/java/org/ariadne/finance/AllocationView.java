package org.ariadne.finance;

import java.math.BigDecimal;

/** One activity's part of a commitment, in the commitment's currency; year null for the whole period. */
public record AllocationView(long activityId, Integer year, BigDecimal amount) {
}
