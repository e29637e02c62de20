package org.ariadne.strategy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the coordinator sets on a strategy; the form binds to this, never to the stored record. */
public record StrategyCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") String title,
        @NotNull(message = "{validation.required}") StrategyKind kind,
        @Size(max = 300, message = "{validation.size.max}") String theme,
        @Size(max = 4000, message = "{validation.size.max}") String vision,
        @Size(max = 4000, message = "{validation.size.max}") String mission,
        @Size(max = 4000, message = "{validation.size.max}") String guidingPrinciples,
        @NotNull(message = "{validation.required}") @Min(value = 1990, message = "{strategy.validation.year}") @Max(value = 2100, message = "{strategy.validation.year}") Integer startYear,
        @NotNull(message = "{validation.required}") @Min(value = 1990, message = "{strategy.validation.year}") @Max(value = 2100, message = "{strategy.validation.year}") Integer endYear) {

    public static StrategyCommand empty(int year) {
        return new StrategyCommand("", StrategyKind.NATIONAL, "", "", "", "", year, year + 4);
    }
}
