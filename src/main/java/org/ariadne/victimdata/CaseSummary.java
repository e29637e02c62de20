package org.ariadne.victimdata;

import java.time.LocalDate;

import org.ariadne.victimdata.linkage.Sex;

/** A line of the register's list: enough to find a case, nothing that names the person. */
public record CaseSummary(long id, String reference, String personReference, int casesOfPerson, LocalDate identifiedOn,
        String identifyingInstitution, CaseStatus status, Sex sex, AgeGroup ageGroup, String citizenship,
        LocalDate closedOn, int proposedMatches, boolean anonymised) {
}
