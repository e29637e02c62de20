package org.ariadne.reportingcycle;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One period institutions report on, with the day its report is due. */
@Table("reporting_period")
record ReportingPeriod(@Id Long id, long planId, LocalDate startsOn, LocalDate endsOn, LocalDate deadline, String label) {

    PeriodView view() {
        return new PeriodView(id, planId, startsOn, endsOn, deadline, label);
    }
}
