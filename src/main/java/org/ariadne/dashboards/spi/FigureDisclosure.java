package org.ariadne.dashboards.spi;

import java.util.Map;
import java.util.Set;

import org.ariadne.common.disclosure.Disclosed;

/**
 * Which indicators' figures the signed-in reader may see only through the disclosure rule
 * ({@link org.ariadne.common.disclosure.DisclosureControl}), because they are counts of persons taken from a register
 * the reader may not read (answered by {@code victimdata} for the indicators computed from the victim register: a
 * member or an evaluator sees their small counts suppressed, the office and victim-data officers see them exact).
 * The dashboards then show such an indicator's values, breakdowns and achievement protected, on the page, in the
 * downloads and through the API, as the portal would publish them.
 */
public interface FigureDisclosure {

    /** The ids of the indicators the signed-in reader sees protected; empty when the reader sees every figure exact. */
    Set<Long> protectedIndicators();

    /**
     * The ids of the indicators that leave the system protected, whoever takes them out: what a reader who may not
     * read exact figures sees protected (a member), asked for the generated documents and the portal, which the
     * office makes and everyone reads. Does not depend on the signed-in reader.
     */
    Set<Long> protectedWhenPublished();

    /**
     * What a reader of the year's protected statistics already has of a protected indicator's year, by the keys of
     * its breakdowns ({@code ""} for the year's total, {@code "SEX=FEMALE"}, {@code "SEX=FEMALE|AGE_GROUP=UNDER_18"}):
     * the count the statistics show at that position (a sum of their cells, worked out as a reader would), or
     * suppressed when the statistics hide any part of it. A position the statistics do not give (a breakdown of three
     * of their dimensions) is left out. The indicator's own year tables are the same counts over the same persons, so
     * they follow this: a position whose count the statistics show is shown, one they hide is hidden, and the further
     * counts the indicator hides are chosen among its own (issue 14: a member puts the indicator beside the year's
     * statistics). Empty for an indicator that is not taken from such statistics.
     */
    default Map<String, Disclosed> released(long indicatorId, int year) {
        return Map.of();
    }

    /**
     * The year's total alone of {@link #released} (its key {@code ""}), for the years whose breakdowns are not shown:
     * cheaper to answer than every position. Null when the statistics do not give it.
     */
    default Disclosed releasedTotal(long indicatorId, int year) {
        return released(indicatorId, year).get("");
    }
}
