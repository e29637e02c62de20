/**
 * The plan quality audit: lists, element by element, what makes an action plan impossible to monitor (indicators
 * without baseline or target, activities without lead institution, timeline, budget or means of verification,
 * objectives without activities, no outcome indicators, no risks). A worklist for the M&amp;E officer, not a gate.
 * Public surface: the {@link org.ariadne.quality.PlanQuality} facade and the report records; the rules are plain
 * Java over {@link org.ariadne.plan.PlanTree} in {@code PlanQualityRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan quality audit",
        allowedDependencies = {"common", "plan :: api", "institutions", "risks :: api"})
package org.ariadne.quality;
