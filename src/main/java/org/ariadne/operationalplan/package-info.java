/**
 * The annual operational plan (seed 004, section 5.2; DOMAIN.md "The monitoring cycle", step 6): for a plan and a
 * year, drafted by the M&amp;E officer from the action plan, with the activities due that year (their yearly targets,
 * budget and institutions) and the unfinished activities of the year before proposed for carry-over, each accepted
 * with a reason, a new end date and a budget, or declined with a reason; approved (and so frozen) by the coordinator,
 * who may reopen it with a reason; as Word, PDF and Excel. Front door, as named interfaces:
 * {@code operationalplan :: api} is the {@link org.ariadne.operationalplan.OperationalPlans} facade for reading with
 * the records of its answers; {@code operationalplan :: changes} is
 * {@link org.ariadne.operationalplan.OperationalPlanEditing} with its commands, for the demo data. The year's reporting
 * follows an approved operational plan through the reporting module's port
 * ({@link org.ariadne.reporting.ReportingYears}), answered here. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operational plans",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api",
                "reporting :: spi", "documents :: writers"})
package org.ariadne.operationalplan;
