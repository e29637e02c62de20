package org.ariadne.reportingcycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Periods extends ListCrudRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByPlanIdOrderByStartsOn(long planId);

    Optional<ReportingPeriod> findByPlanIdAndStartsOn(long planId, LocalDate startsOn);
}
