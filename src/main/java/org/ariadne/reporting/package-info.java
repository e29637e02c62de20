/**
 * The progress report: one per institution and reporting period, built from the plan (its own activities and
 * indicators only), filled in the browser or offline in a workbook, submitted, returned with comments, accepted and
 * locked. A report belongs to a period of the reporting cycle ({@code reportingcycle}), which this module uses
 * and serves: it answers the cycle's port {@link org.ariadne.reportingcycle.ReportStatuses} and tells the cycle's
 * notices of a submitted or returned report, a submitted one also to the office accounts responsible for the
 * activities it covers; it answers the plan's worklist ({@link org.ariadne.plan.WorklistReports}) with the reports
 * waiting for review. Front door, as named interfaces: {@code reporting :: api} reads what
 * was reported ({@link org.ariadne.reporting.ReportedValues}, {@link org.ariadne.reporting.ReportedActivities},
 * {@link org.ariadne.reporting.Breakdown}); {@code reporting :: events} are the report's events;
 * {@code reporting :: changes} ({@link org.ariadne.reporting.ProgressReports},
 * {@link org.ariadne.reporting.ReportingDemo}) writes reports, for the demo data; {@code reporting :: spi} is the port
 * {@link org.ariadne.reporting.ReportingYears} through which a year's approved operational plan decides which
 * activities that year's reports hold (answered by {@code operationalplan}). The same named interface holds
 * {@link org.ariadne.reporting.ComputedValues}, through which a module that computes an indicator's figure (the
 * training register) offers it to the report holding the indicator, pre-filled and submitted and accepted as usual, and
 * {@link org.ariadne.reporting.ReportFigureDisclosure}, through which the victim register names the indicators whose
 * values a reader sees in a report only as {@code [c]}. The rest of what is public here
 * is public for {@code reporting.web} and {@code reporting.workbook} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress reports",
        allowedDependencies = {"search :: spi", "common", "audit", "institutions", "plan :: api", "plan :: changes", "security",
                "reportingcycle :: api", "reportingcycle :: notices", "reportingcycle :: spi"})
package org.ariadne.reporting;
