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
}
