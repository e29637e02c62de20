/**
 * The action plan as a measurable results framework: plan, strategic objectives (by thematic area), specific
 * objectives, activities (institutions, timeline, budget, risks) and indicators (baseline, targets,
 * disaggregation). Public surface: the {@link org.ariadne.plan.Plans} facade for reading and importing whole
 * plans, {@link org.ariadne.plan.PlanEditing} for element-by-element changes, and the records and enums in
 * this package. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Action plan",
        allowedDependencies = {"common", "audit", "institutions"})
package org.ariadne.plan;
