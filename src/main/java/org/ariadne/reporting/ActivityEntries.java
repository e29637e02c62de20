package org.ariadne.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActivityEntries extends ListCrudRepository<ReportActivity, Long> {

    List<ReportActivity> findByReportId(long reportId);

    Optional<ReportActivity> findByReportIdAndActivityId(long reportId, long activityId);

    /** The activities the report gives a status for: enough to count what is missing, without the entries. */
    @Query("select activity_id from report_activity where report_id = :reportId and status is not null")
    List<Long> findActivityIdsWithStatus(long reportId);
}
