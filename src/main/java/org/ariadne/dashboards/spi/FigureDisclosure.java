package org.ariadne.dashboards.spi;

import java.util.Set;

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
}
