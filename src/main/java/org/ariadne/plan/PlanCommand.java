package org.ariadne.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The header of a plan as a person sets it. */
public record PlanCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        @Size(max = 4000, message = "{validation.size.max}") String vision,
        @Size(max = 4000, message = "{validation.size.max}") String mission,
        @Size(max = 4000, message = "{validation.size.max}") String guidingPrinciples,
        @NotNull(message = "{validation.required}") @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer startYear,
        @NotNull(message = "{validation.required}") @Min(value = 1990, message = "{validation.year}") @Max(value = 2100, message = "{validation.year}") Integer endYear,
        PlanStatus status) {

    public static PlanCommand empty(int year) {
        return new PlanCommand("", "", "", "", year, year + 4, PlanStatus.DRAFT);
    }
}
