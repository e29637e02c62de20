package org.ariadne.regional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.ariadne.plan.Direction;

/** What the regional officer records of a regional indicator. */
public record RegionalIndicatorCommand(
        @NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.size.max}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String name,
        @Size(max = 300, message = "{validation.size.max}") String nameSq,
        @Size(max = 300, message = "{validation.size.max}") String nameSr,
        @Size(max = 300, message = "{validation.size.max}") String nameMk,
        @Size(max = 100, message = "{validation.size.max}") String unit,
        @NotNull(message = "{validation.required}") Direction direction) {

    public static RegionalIndicatorCommand empty() {
        return new RegionalIndicatorCommand("", "", "", "", "", "", Direction.INCREASE);
    }
}
