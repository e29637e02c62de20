package org.ariadne.victimdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.ariadne.victimdata.linkage.Sex;

/** A case as its page shows it to a victim-data officer: never a name, the sealed columns opened. */
public record CaseView(long id, int version, String reference, long personId, String personReference,
        LocalDate identifiedOn, Long identifyingInstitutionId, String identifyingInstitution,
        Long referringInstitutionId, String referringInstitution, CaseStatus status, Sex sex,
        Integer ageAtIdentification, AgeGroup ageGroup, String citizenship, String region, String municipality,
        CaseScope scope, Set<ExploitationForm> forms, Set<VictimService> services, LocalDate referredOn,
        AssistanceDecision assistanceDecision, LocalDate assistanceDecidedOn, LocalDate shelteredOn,
        LocalDate protectionOn, LocalDate courtCaseOn, LocalDate reintegrationOn, LocalDate closedOn,
        boolean consentToShare, String notes, LocalDateTime anonymisedAt, String createdBy, LocalDateTime createdAt,
        String updatedBy, LocalDateTime updatedAt) {

    public boolean closed() {
        return closedOn != null;
    }

    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** The form filled with what the case holds; the identifying fields stay empty (they were never kept). */
    public CaseCommand command() {
        return new CaseCommand(identifiedOn, identifyingInstitutionId, referringInstitutionId, status, sex,
                ageAtIdentification, "XX".equals(citizenship) ? "" : citizenship, region, municipality, scope, forms,
                referredOn, assistanceDecision, assistanceDecidedOn, shelteredOn, protectionOn, courtCaseOn,
                reintegrationOn, closedOn, services, consentToShare, notes, "", "", null, "", "", "", "");
    }
}
