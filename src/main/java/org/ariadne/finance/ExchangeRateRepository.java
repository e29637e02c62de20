package org.ariadne.finance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ExchangeRateRepository extends ListCrudRepository<ExchangeRate, Long> {

    List<ExchangeRate> findAllByOrderByCurrencyAscValidFromDesc();

    List<ExchangeRate> findByParticipantIdOrderByCurrencyAscValidFromDesc(long participantId);

    boolean existsByParticipantIdAndCurrencyAndValidFrom(long participantId, String currency, LocalDate validFrom);
}
