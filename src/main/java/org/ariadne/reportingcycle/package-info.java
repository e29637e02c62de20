/**
 * The reporting cycle, beside the progress report: each plan's reporting schedule (period length, deadline rule,
 * reminders), the periods it opens by itself with their deadlines (public holidays skipped), reminders before and
 * after a deadline by notice and e-mail, in-app notices, and completeness and timeliness of reporting per
 * institution and period. It knows nothing of a report's content: what it needs of the reports (their status per
 * period and institution, and whether an institution has anything to report in a period) it asks through
 * {@link org.ariadne.reportingcycle.ReportStatuses}, which the {@code reporting} module implements; a report belongs
 * to a period, so {@code reporting} depends on this module and never the other way round.
 *
 * <p>Front door, as named interfaces: {@code reportingcycle :: api} reads the cycle
 * ({@link org.ariadne.reportingcycle.ReportingPeriods}, {@link org.ariadne.reportingcycle.Completeness},
 * {@link org.ariadne.reportingcycle.CollectionPeriods}, with {@link org.ariadne.reportingcycle.PeriodView} and
 * {@link org.ariadne.reportingcycle.PeriodLength}); {@code reportingcycle :: changes}
 * ({@link org.ariadne.reportingcycle.ReportingSchedules}) sets a plan's schedule, for the demo data;
 * {@code reportingcycle :: notices} ({@link org.ariadne.reportingcycle.Notices}) lets the report tell its readers
 * of a step of its workflow; {@code reportingcycle :: spi} is the port
 * {@link org.ariadne.reportingcycle.ReportStatuses}.
 * The rest of what is public here is public for {@code reportingcycle.web} only. Entities and repositories are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting cycle",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "security"})
package org.ariadne.reportingcycle;
