/**
 * The action plan as a measurable results framework: plan, strategic objectives (by thematic area), specific
 * objectives, activities (institutions, timeline, budget, risks) and indicators (baseline, targets,
 * disaggregation). Front door, as named interfaces: {@code plan :: api} is the {@link org.ariadne.plan.Plans}
 * facade for reading and the records and enums of its answers; {@code plan :: changes} is
 * {@link org.ariadne.plan.PlanEditing} (element by element), {@link org.ariadne.plan.PlanImport} (whole plans),
 * {@link org.ariadne.plan.ReportedProgress} (statuses from accepted reports) with their commands, for the modules
 * that bring data in. The rest of what is public here is public for {@code plan.web} only. Entities and
 * repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan",
        allowedDependencies = {"search :: spi", "common", "audit", "institutions", "security"})
package org.ariadne.plan;
