package org.ariadne.operationalplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;

import org.ariadne.reporting.ReportingYears;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the reporting module: an approved operational plan decides the year's reports (what it leaves out is not
 * reported on, a carry-over runs to its new end date). A draft decides nothing yet.
 */
@Component
class OperationalReportingYears implements ReportingYears {

    private final JdbcClient jdbc;

    OperationalReportingYears(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YearScope> scope(long planId, int year) {
        var leftOut = new HashSet<Long>();
        var carriedTo = new HashMap<Long, LocalDate>();
        var approved = jdbc.sql("""
                        select l.activity_id, l.decision, l.new_end_date
                        from operational_plan p join operational_plan_line l on l.operational_plan_id = p.id
                        where p.plan_id = ? and p.plan_year = ? and p.status = 'APPROVED'
                          and l.decision in ('EXCLUDED', 'DECLINED', 'ACCEPTED')""")
                .params(planId, year).query((row, index) -> {
                    long activity = row.getLong("activity_id");
                    var decision = LineDecision.valueOf(row.getString("decision"));
                    if (decision.inTheYear()) {
                        carriedTo.put(activity, row.getDate("new_end_date").toLocalDate());
                    } else {
                        leftOut.add(activity);
                    }
                    return activity;
                }).list();
        if (approved.isEmpty()) {
            // an approved plan that leaves nothing out and carries nothing over decides as the timelines do
            return Optional.empty();
        }
        return Optional.of(new YearScope(leftOut, carriedTo));
    }
}
