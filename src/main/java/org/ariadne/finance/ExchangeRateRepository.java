package org.ariadne.finance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExchangeRateRepository extends ListCrudRepository<ExchangeRate, Long> {

    List<ExchangeRate> findAllByOrderByCurrencyAscValidFromDesc();

    boolean existsByCurrencyAndValidFrom(String currency, LocalDate validFrom);
}
