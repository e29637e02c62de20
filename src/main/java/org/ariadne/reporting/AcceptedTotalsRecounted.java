package org.ariadne.reporting;

/** A plan's accepted totals were recounted and some put right: progress computed from them is out of date. */
@org.springframework.modulith.NamedInterface("events")
public record AcceptedTotalsRecounted(long planId, int rowsRepaired) {
}
