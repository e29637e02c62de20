package org.ariadne.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the office records of an agreement. The parties come as three lists of the same length, one entry a row of the
 * form: an institution of the directory or the name of an outside organisation, and its obligations; a row left
 * empty is no party. {@code activities} are the plan activities the agreement serves.
 */
public record AgreementCommand(
        @NotNull(message = "{validation.required}") AgreementKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        LocalDate signedOn,
        LocalDate expiresOn,
        @Size(max = 4000, message = "{validation.size.max}") String scope,
        @NotNull(message = "{validation.required}") AgreementStatus status,
        List<Long> partyInstitution,
        List<@Size(max = 300, message = "{validation.size.max}") String> partyOrganisation,
        List<@Size(max = 2000, message = "{validation.size.max}") String> partyObligations,
        List<Long> activities) {

    public AgreementCommand {
        partyInstitution = partyInstitution == null ? new ArrayList<>() : new ArrayList<>(partyInstitution);
        partyOrganisation = partyOrganisation == null ? new ArrayList<>() : new ArrayList<>(partyOrganisation);
        partyObligations = partyObligations == null ? new ArrayList<>() : new ArrayList<>(partyObligations);
        activities = activities == null ? List.of()
                : activities.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static AgreementCommand empty() {
        return new AgreementCommand(AgreementKind.MOU, "", null, null, "", AgreementStatus.DRAFT, List.of(), List.of(),
                List.of(), List.of());
    }

    /** The party rows typed, without the empty ones; {@code line} counts from 1. */
    public List<PartyRow> parties() {
        int rows = Math.max(partyInstitution.size(), Math.max(partyOrganisation.size(), partyObligations.size()));
        var typed = new ArrayList<PartyRow>();
        for (int i = 0; i < rows; i++) {
            var row = new PartyRow(i + 1, i < partyInstitution.size() ? partyInstitution.get(i) : null,
                    blankToNull(i < partyOrganisation.size() ? partyOrganisation.get(i) : null),
                    blankToNull(i < partyObligations.size() ? partyObligations.get(i) : null));
            if (row.institutionId() != null || row.organisation() != null || row.obligations() != null) {
                typed.add(row);
            }
        }
        return typed;
    }

    /** The command with {@code extra} empty party rows to fill in. */
    public AgreementCommand withSpareRows(int extra) {
        var institutions = new ArrayList<Long>();
        var organisations = new ArrayList<String>();
        var obligations = new ArrayList<String>();
        for (var party : parties()) {
            institutions.add(party.institutionId());
            organisations.add(party.organisation());
            obligations.add(party.obligations());
        }
        for (int i = 0; i < extra; i++) {
            institutions.add(null);
            organisations.add("");
            obligations.add("");
        }
        return new AgreementCommand(kind, title, signedOn, expiresOn, scope, status, institutions, organisations,
                obligations, activities);
    }

    public record PartyRow(int line, Long institutionId, String organisation, String obligations) {
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
