/**
 * The services directory (issue 17, item 5; seed 001: the coordinator collects updates on support and protection
 * services): shelters, hotlines, legal aid, health care, psycho-social support and reintegration programmes, who
 * provides them, where, for whom, how many places, how to reach them and when, and when each entry was last brought up
 * to date (older than a year: it needs an update). Read by everyone signed in, kept by the office.
 *
 * <p>Front door: {@code services :: api} is {@link org.ariadne.services.Services} with its records and enums, for the
 * pages and for the modules that will refer to the services (contingency scenarios, victim statistics).
 * Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services directory",
        allowedDependencies = {"common", "audit", "institutions", "security"})
package org.ariadne.services;
