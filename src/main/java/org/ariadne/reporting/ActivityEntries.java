package org.ariadne.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityEntries extends ListCrudRepository<ReportActivity, Long> {

    List<ReportActivity> findByReportId(long reportId);

    Optional<ReportActivity> findByReportIdAndActivityId(long reportId, long activityId);
}
