/**
 * Coordination (issue 17, items 2 and 3; seeds 001 and 003): the meetings of the National Authority, working groups,
 * technical tables, donor rounds and local committees (agenda, invitations with an iCalendar file, attendance by
 * institution, role and sex, minutes and their files, numbered decisions); the follow-up actions decided in them, in
 * one register across meetings with reminders to their owners; the local committees' monthly activity reports; and
 * the cooperation agreements and MoUs (parties and their obligations, dates, status, documents, implementation notes
 * per year, linked plan activities) with renewal reminders to the office.
 *
 * <p>Front door: {@code coordination :: api} is {@link org.ariadne.coordination.Meetings},
 * {@link org.ariadne.coordination.FollowUpActions}, {@link org.ariadne.coordination.CommitteeReports} and
 * {@link org.ariadne.coordination.Agreements} with the records and enums of their answers. Reminders go through the
 * reporting cycle's front door ({@code reportingcycle :: notices}), never a copy of it. Entities and repositories are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coordination",
        allowedDependencies = {"common", "audit", "institutions", "plan :: api", "security", "reportingcycle :: notices",
                "search :: spi"})
package org.ariadne.coordination;
