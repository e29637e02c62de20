package org.ariadne.reporting;

import java.util.Set;

/**
 * Which indicators' reported values the signed-in reader may not see as the institution saved them, because they are
 * counts of persons taken from a register the reader may not read exactly (answered by {@code victimdata} for the
 * indicators computed from the victim register: members, evaluators and local coordinators read them protected; the
 * coordinator, M&amp;E officers and victim-data officers exact). A report holds one institution's figure for one
 * period, which no disclosure rule can publish on its own once the dashboards publish the totals it adds up to: so
 * the report page, its workbook and the API show such a value, its parts and its note as {@code [c]}, with the legend,
 * to those readers. The report's own institution always reads what it saved.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ReportFigureDisclosure {

    /** The ids of the indicators the signed-in reader sees protected; empty when the reader sees every figure exact. */
    Set<Long> protectedIndicators();
}
