package org.ariadne.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rates the office recorded, for converting into the installation's currency. The rate in force on a date is the
 * latest one valid from that date or earlier; without a date, the latest recorded. There is no default: a currency
 * without a rate in force is missing, never taken 1:1.
 */
final class Rates {

    private final String installation;
    private final Map<String, TreeMap<LocalDate, BigDecimal>> byCurrency = new HashMap<>();

    Rates(String installation, List<ExchangeRateView> rates) {
        this.installation = installation;
        for (var rate : rates) {
            byCurrency.computeIfAbsent(rate.currency(), key -> new TreeMap<>()).put(rate.validFrom(), rate.rate());
        }
    }

    String installation() {
        return installation;
    }

    /** The rate of {@code currency} in force on {@code on} (null: the latest); 1 for the installation's currency. */
    Optional<BigDecimal> rate(String currency, LocalDate on) {
        if (currency == null || currency.equals(installation)) {
            return Optional.of(BigDecimal.ONE);
        }
        var rates = byCurrency.get(currency);
        if (rates == null) {
            return Optional.empty();
        }
        var entry = on == null ? rates.lastEntry() : rates.floorEntry(on);
        return Optional.ofNullable(entry).map(Map.Entry::getValue);
    }

    /** {@code amount} in the installation's currency, to the cent; empty when the rate is missing. */
    Optional<BigDecimal> convert(BigDecimal amount, String currency, LocalDate on) {
        return rate(currency, on).map(rate -> amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
    }
}
