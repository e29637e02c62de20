/**
 * Risks and contingency (issue 15, items 5 and 6; seed 004): a plan's risk register (each risk on the plan, an
 * objective or an activity, scored likelihood × impact, with its mitigation, owner institution, status and review
 * dates) with its heat map, and the plan's contingency scenarios (pandemic, migrant influx, natural disaster, budget
 * cut and the office's own) with the minimum package of victim services that must continue and the activities that
 * are postponed or adapted while a scenario is active.
 * Front door: {@code risks :: api} is {@link org.ariadne.risks.Risks} and {@link org.ariadne.risks.Scenarios} with the
 * records and enums of their answers (the quality audit reads the register, the half-year review asks which risks are
 * due for review, the dashboards show the plan in contingency mode). This module depends on none of them.
 * Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risks and contingency",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "security", "services :: api"})
package org.ariadne.risks;
