package org.ariadne.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Everything a person sets on an activity; the form binds to this record, never to the stored activity. */
public record ActivityCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.size.max}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.size.max}") String title,
        @Size(max = 4000, message = "{validation.size.max}") String description,
        @Size(max = 2000, message = "{validation.size.max}") String expectedResult,
        Long leadInstitutionId,
        List<Long> supportingInstitutionIds,
        @Size(max = 200, message = "{validation.size.max}") String responsiblePerson,
        LocalDate startDate,
        LocalDate endDate,
        Boolean continuous,
        Frequency frequency,
        @Size(max = 2000, message = "{validation.size.max}") String meansOfVerification,
        @Size(max = 2000, message = "{validation.size.max}") String assumptions,
        @Size(max = 2000, message = "{validation.size.max}") String risks,
        ActivityStatus status,
        List<@Valid BudgetLineCommand> budgetLines,
        @Size(max = 100, message = "{validation.size.max}") String responsibleUsername) {

    /** An activity without a responsible office account (imports, demo data, tests). */
    public ActivityCommand(String code, String title, String description, String expectedResult, Long leadInstitutionId,
            List<Long> supportingInstitutionIds, String responsiblePerson, LocalDate startDate, LocalDate endDate,
            Boolean continuous, Frequency frequency, String meansOfVerification, String assumptions, String risks,
            ActivityStatus status, List<BudgetLineCommand> budgetLines) {
        this(code, title, description, expectedResult, leadInstitutionId, supportingInstitutionIds, responsiblePerson,
                startDate, endDate, continuous, frequency, meansOfVerification, assumptions, risks, status, budgetLines,
                null);
    }


    public ActivityCommand {
        // a form with a gap in its row numbers binds nulls into the lists; they mean "no row"
        supportingInstitutionIds = supportingInstitutionIds == null ? List.of()
                : supportingInstitutionIds.stream().filter(java.util.Objects::nonNull).toList();
        budgetLines = budgetLines == null ? List.of() : budgetLines.stream().filter(java.util.Objects::nonNull).toList();
        continuous = Boolean.TRUE.equals(continuous);
    }
}
