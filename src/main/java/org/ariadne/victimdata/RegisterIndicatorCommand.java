package org.ariadne.victimdata;

import jakarta.validation.constraints.NotNull;

/**
 * Links a plan indicator to the victim register: its figure is the persons of {@code measure} in each collection
 * period, broken down by sex and by age group where asked and where the indicator has those breakdowns.
 */
public record RegisterIndicatorCommand(@NotNull(message = "{validation.required}") Long indicatorId,
        @NotNull(message = "{validation.required}") RegisterMeasure measure, Boolean bySex, Boolean byAgeGroup) {

    public RegisterIndicatorCommand {
        bySex = Boolean.TRUE.equals(bySex);
        byAgeGroup = Boolean.TRUE.equals(byAgeGroup);
    }

    public static RegisterIndicatorCommand empty() {
        return new RegisterIndicatorCommand(null, RegisterMeasure.IDENTIFIED, true, true);
    }
}
