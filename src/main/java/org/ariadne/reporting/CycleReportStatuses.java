package org.ariadne.reporting;

import java.util.List;
import java.util.Optional;

import org.ariadne.plan.PlanTree;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportStatuses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports as the reporting cycle counts them (its port {@link ReportStatuses}): status and first submission by
 * period and institution, read without loading the reports' content, and whether an institution's report for a
 * period would have anything in it.
 */
@Component
class CycleReportStatuses implements ReportStatuses {

    private final JdbcClient jdbc;
    private final YearScopes scopes;
    private final DroppedActivities dropped;

    CycleReportStatuses(JdbcClient jdbc, YearScopes scopes, DroppedActivities dropped) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.dropped = dropped;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Filed> ofPlan(long planId) {
        return jdbc.sql("""
                        select period_id, institution_id, status, first_submitted_at from progress_report
                        where plan_id = ?""")
                .param(planId).query((row, index) -> filed(row)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Filed> of(long periodId, long institutionId) {
        return jdbc.sql("""
                        select period_id, institution_id, status, first_submitted_at from progress_report
                        where period_id = ? and institution_id = ?""")
                .params(periodId, institutionId).query((row, index) -> filed(row)).optional();
    }

    @Override
    public boolean expects(PlanTree tree, long institutionId, PeriodView period) {
        return !ReportTemplate.of(tree, institutionId, period, scopes.of(period),
                dropped.of(period.planId())).isEmpty();
    }

    private static Filed filed(java.sql.ResultSet row) throws java.sql.SQLException {
        var first = row.getTimestamp("first_submitted_at");
        return new Filed(row.getLong("period_id"), row.getLong("institution_id"),
                Stage.valueOf(ReportStatus.valueOf(row.getString("status")).name()),
                first == null ? null : first.toLocalDateTime());
    }
}
