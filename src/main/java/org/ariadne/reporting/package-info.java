/**
 * The reporting cycle: reporting periods with deadlines, one progress report per institution and period built
 * from the plan (its own activities and indicators only), filled in the browser or offline in a workbook,
 * submitted, returned with comments, accepted and locked; completeness and timeliness; reminders. Public surface:
 * {@link org.ariadne.reporting.ProgressReports}, {@link org.ariadne.reporting.ReportingSchedules},
 * {@link org.ariadne.reporting.Completeness} and the records and events in this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting cycle",
        allowedDependencies = {"common", "audit", "institutions", "plan", "security"})
package org.ariadne.reporting;
