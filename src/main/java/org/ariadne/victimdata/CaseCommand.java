package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ariadne.victimdata.linkage.IdentifyingData;
import org.ariadne.victimdata.linkage.Sex;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What the victim-data officer types for a case. The identifying fields (names, birth, parents, documents) are read
 * once to derive the linkage and are never stored; on a change they may stay empty, and the case keeps its linkage.
 */
public record CaseCommand(
        @NotNull(message = "{validation.required}") @PastOrPresent(message = "{victimdata.case.not-future}") LocalDate identifiedOn,
        @NotNull(message = "{validation.required}") Long identifyingInstitutionId,
        Long referringInstitutionId,
        @NotNull(message = "{validation.required}") CaseStatus status,
        @NotNull(message = "{validation.required}") Sex sex,
        @Min(value = 0, message = "{validation.min}") @Max(value = 120, message = "{validation.max}") Integer ageAtIdentification,
        @Pattern(regexp = "^$|^[A-Za-z]{2}$", message = "{victimdata.case.citizenship-code}") String citizenship,
        @Size(max = 100, message = "{validation.size.max}") String region,
        @Size(max = 100, message = "{validation.size.max}") String municipality,
        @NotNull(message = "{validation.required}") CaseScope scope,
        Set<ExploitationForm> forms,
        LocalDate referredOn,
        AssistanceDecision assistanceDecision,
        LocalDate assistanceDecidedOn,
        LocalDate shelteredOn,
        LocalDate protectionOn,
        LocalDate courtCaseOn,
        LocalDate reintegrationOn,
        LocalDate closedOn,
        Set<VictimService> services,
        Boolean consentToShare,
        @Size(max = 4000, message = "{validation.size.max}") String notes,
        @Size(max = 200, message = "{validation.size.max}") String firstNames,
        @Size(max = 200, message = "{validation.size.max}") String surnames,
        @PastOrPresent(message = "{victimdata.case.not-future}") LocalDate dateOfBirth,
        @Size(max = 100, message = "{validation.size.max}") String placeOfBirth,
        @Size(max = 100, message = "{validation.size.max}") String fatherFirstName,
        @Size(max = 100, message = "{validation.size.max}") String motherFirstName,
        @Size(max = 500, message = "{validation.size.max}") String documentNumbers) {

    public CaseCommand {
        forms = forms == null || forms.isEmpty() ? EnumSet.noneOf(ExploitationForm.class) : EnumSet.copyOf(forms);
        services = services == null || services.isEmpty() ? EnumSet.noneOf(VictimService.class) : EnumSet.copyOf(services);
        consentToShare = Boolean.TRUE.equals(consentToShare);
    }

    /** An empty form for a new case, identified today. */
    public static CaseCommand empty(LocalDate today) {
        return new CaseCommand(today, null, null, CaseStatus.PRESUMED, null, null, "", "", "", CaseScope.INTERNAL,
                null, null, null, null, null, null, null, null, null, null, false, "", "", "", null, "", "", "", "");
    }

    /** Whether the officer typed anything that identifies the person (then the linkage is derived anew). */
    public boolean hasIdentifyingData() {
        return !blank(firstNames) || !blank(surnames) || dateOfBirth != null || !blank(documentNumbers);
    }

    /** The identifying data, for the linkage only; the command is dropped after the request. */
    IdentifyingData identifyingData() {
        return new IdentifyingData(firstNames, surnames, sex, dateOfBirth, placeOfBirth, fatherFirstName,
                motherFirstName, documents());
    }

    /** Document numbers as typed, one per line or separated by commas or semicolons. */
    List<String> documents() {
        if (blank(documentNumbers)) {
            return List.of();
        }
        var list = new ArrayList<String>();
        Arrays.stream(documentNumbers.split("[\\n\\r,;]+")).map(String::strip).filter(text -> !text.isEmpty())
                .forEach(list::add);
        return list;
    }

    /** ISO 3166 code in capitals; XX when unknown. */
    String citizenshipCode() {
        return blank(citizenship) ? "XX" : citizenship.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The referral mechanism's order: no stage before the identification, closure after every other stage. All the
     * stages out of order are named at once.
     */
    void checkStages() {
        var refusals = new ArrayList<VictimDataException>();
        stageAfter(refusals, "referredOn", referredOn);
        stageAfter(refusals, "assistanceDecidedOn", assistanceDecidedOn);
        stageAfter(refusals, "shelteredOn", shelteredOn);
        stageAfter(refusals, "protectionOn", protectionOn);
        stageAfter(refusals, "courtCaseOn", courtCaseOn);
        stageAfter(refusals, "reintegrationOn", reintegrationOn);
        stageAfter(refusals, "closedOn", closedOn);
        if (closedOn != null) {
            for (var stage : new Object[][] {{"referredOn", referredOn}, {"assistanceDecidedOn", assistanceDecidedOn},
                    {"shelteredOn", shelteredOn}, {"protectionOn", protectionOn}, {"reintegrationOn", reintegrationOn}}) {
                var date = (LocalDate) stage[1];
                if (date != null && date.isAfter(closedOn)) {
                    refusals.add(VictimDataException.stagesOutOfOrder("closedOn", (String) stage[0]));
                }
            }
        }
        if (!refusals.isEmpty()) {
            throw VictimDataException.all(refusals);
        }
    }

    private void stageAfter(List<VictimDataException> refusals, String field, LocalDate date) {
        if (date != null && identifiedOn != null && date.isBefore(identifiedOn)) {
            refusals.add(VictimDataException.stagesOutOfOrder(field, "identifiedOn"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
