package org.ariadne.reportingcycle;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Schedules extends ListCrudRepository<ReportingSchedule, Long> {

    @Query("select * from reporting_schedule where active = true")
    List<ReportingSchedule> findActive();
}
