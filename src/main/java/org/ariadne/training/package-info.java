/**
 * Capacity building (issue 17, item 4; seed 000, seed 003): the training needs assessment per institution and target
 * group, the training plan derived from it (which needs it covers and which it does not), the trainings held with
 * their participants (counts by institution, role and sex, or a participant list kept as the means of verification),
 * pre- and post-test scores, cost and the participants' evaluation, the pool of trainers with their certifications,
 * and plan indicators ("professionals trained") whose figure is computed from the trainings held.
 * Front door: {@code training :: api} is {@link org.ariadne.training.Trainings}, {@link org.ariadne.training.TrainingNeeds},
 * {@link org.ariadne.training.Trainers} and {@link org.ariadne.training.TrainingIndicators} with their commands and
 * views. The computed figures reach the plan's progress only through the reports: this module answers the reporting
 * port {@code reporting :: spi} {@link org.ariadne.reporting.ComputedValues}, which pre-fills the responsible
 * institution's report; the focal point submits it and the office accepts it as any other value.
 * Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity building",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "security", "search :: spi",
                "reporting :: spi"})
package org.ariadne.training;
