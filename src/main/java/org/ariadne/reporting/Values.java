package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Values extends ListCrudRepository<ReportValue, Long> {

    List<ReportValue> findByReportId(long reportId);

    Optional<ReportValue> findByReportIdAndIndicatorIdAndStartsOn(long reportId, long indicatorId, LocalDate startsOn);
}
