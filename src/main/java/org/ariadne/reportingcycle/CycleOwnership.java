package org.ariadne.reportingcycle;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose reporting period, public holiday or notice an address names (issue 19): a period is its plan's participant's,
 * a holiday its country's, a notice its reader's.
 */
@Component
class CycleOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    CycleOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "periodId", (id, address) -> owner("""
                        select p.participant_id from reporting_period r join action_plan p on p.id = r.plan_id
                        where r.id = ?""", id),
                "/reporting/holidays/{}", (id, address) -> owner("select participant_id from holiday where id = ?", id),
                "/notices/{}", (id, address) -> owner("select participant_id from notice where id = ?", id));
    }

    private Optional<Long> owner(String sql, String id) {
        return jdbc.sql(sql).param(Long.parseLong(id)).query(Long.class).optional();
    }
}
