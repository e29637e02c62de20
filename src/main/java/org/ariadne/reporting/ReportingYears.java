package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a year's approved operational plan says of the year's reporting, answered by the module that keeps the
 * operational plans ({@code operationalplan} implements it), so that reports follow it without this module depending
 * on it: the activities it leaves out (a due activity excluded, a carry-over declined) are not reported on that year,
 * and a carried-over activity runs to its new end date. Without an approved operational plan the plan's timelines
 * alone decide. Called for any reader and by the system; applies no read rule.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ReportingYears {

    /** The year's scope, empty when the year has no approved operational plan. */
    Optional<YearScope> scope(long planId, int year);

    /**
     * @param leftOut    the activities not reported on that year
     * @param carriedTo  each carried-over activity's new end date
     */
    record YearScope(Set<Long> leftOut, Map<Long, LocalDate> carriedTo) {

        public static final YearScope NONE = new YearScope(Set.of(), Map.of());

        public YearScope {
            leftOut = Set.copyOf(leftOut);
            carriedTo = Map.copyOf(carriedTo);
        }
    }
}
