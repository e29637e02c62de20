package org.ariadne.reporting;

import java.util.List;

/**
 * What a recount of a plan's accepted totals found: how many indicator-years it compared and, for each that differed
 * from the accepted values (and has been put right), what was kept and what the values give.
 */
@org.springframework.modulith.NamedInterface("changes")
public record TotalsRecount(long planId, int rowsChecked, List<Difference> differences) {

    public TotalsRecount {
        differences = List.copyOf(differences);
    }

    /** One indicator's year whose kept total was not what its accepted values add up to. */
    public record Difference(long indicatorId, int year, String kept, String recounted) {
    }
}
