package org.ariadne.reporting;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose piece of evidence an address names (issue 19): that of the plan its report belongs to. */
@Component
class ReportOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    ReportOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/reporting/evidence/{}", (id, address) -> jdbc.sql("""
                        select p.participant_id from report_evidence e
                        join progress_report r on r.id = e.report_id
                        join action_plan p on p.id = r.plan_id
                        where e.id = ?""")
                .param(Long.parseLong(id)).query(Long.class).optional());
    }
}
