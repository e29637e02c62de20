package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One unit of {@code currency} is worth {@code rate} units of the installation's currency from {@code validFrom}. */
public record ExchangeRateView(long id, String currency, BigDecimal rate, LocalDate validFrom, String recordedBy,
        LocalDateTime recordedAt) {
}
