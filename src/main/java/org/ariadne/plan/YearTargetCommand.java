package org.ariadne.plan;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;

/** The value an indicator should reach by the end of one year of the plan. */
public record YearTargetCommand(Integer year,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal value) {
}
