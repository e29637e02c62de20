/**
 * Stakeholders (issue 17, item 1; DOMAIN.md "Around the cycle"; seed 002 IV(a); seed 004 section 3): the contact
 * people of each institution with their languages and consent to be contacted; the interest &times; power analysis of
 * a plan's stakeholders, drawn as a grid with its table; and consultation on a draft plan: the office opens a round,
 * invited institutions' focal points comment per plan element, outside organisations comment once through a
 * single-use link, and the office gives every comment a disposition that the consultation report shows.
 *
 * <p>Front door: {@code stakeholders :: api} is {@link org.ariadne.stakeholders.Contacts},
 * {@link org.ariadne.stakeholders.StakeholderAnalysis} and {@link org.ariadne.stakeholders.Consultations} with the
 * records and enums of their answers. The plan is read through {@code plan :: api} once, when a round opens: the
 * round keeps the elements it consulted on. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholders",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "security", "search :: spi"})
package org.ariadne.stakeholders;
