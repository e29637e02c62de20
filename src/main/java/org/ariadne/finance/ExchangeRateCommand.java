package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** One unit of {@code currency} is worth {@code rate} units of the installation's currency from {@code validFrom}. */
public record ExchangeRateCommand(
        @NotBlank(message = "{validation.required}") String currency,
        @NotNull(message = "{validation.required}") @DecimalMin(value = "0.00000001", message = "{finance.validation.positive}") @Digits(integer = 11, fraction = 8, message = "{finance.validation.rate}") BigDecimal rate,
        @NotNull(message = "{validation.required}") LocalDate validFrom) {

    public static ExchangeRateCommand empty() {
        return new ExchangeRateCommand(null, null, null);
    }
}
