/**
 * The reporting cycle: reporting periods with deadlines, one progress report per institution and period built
 * from the plan (its own activities and indicators only), filled in the browser or offline in a workbook,
 * submitted, returned with comments, accepted and locked; completeness and timeliness; reminders. Front door, as
 * named interfaces: {@code reporting :: api} reads what was reported ({@link org.ariadne.reporting.ReportedValues},
 * {@link org.ariadne.reporting.ReportedActivities}, {@link org.ariadne.reporting.Completeness},
 * {@link org.ariadne.reporting.Breakdown}); {@code reporting :: events} are the report's events;
 * {@code reporting :: changes} ({@link org.ariadne.reporting.ProgressReports},
 * {@link org.ariadne.reporting.ReportingSchedules}, {@link org.ariadne.reporting.ReportingDemo}) writes reports,
 * for the demo data. The rest of what is public here is public for {@code reporting.web} and
 * {@code reporting.workbook} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting cycle",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "plan :: changes", "security"})
package org.ariadne.reporting;
