package org.ariadne.reportingcycle;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose reporting period, public holiday or notice an address names (issue 19): a period is its plan's participant's,
 * a holiday its country's, a notice its reader's (an institution's or the office's of a participant; a notice to one
 * account has none here, and only that account reads it).
 */
@Component
class CycleOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Plans plans;

    CycleOwnership(JdbcClient jdbc, Periods periods, Plans plans) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "periodId", (id, address) -> periods.findById(Long.parseLong(id))
                        .flatMap(period -> plans.participantOf(period.planId())),
                "/reporting/holidays/{}", (id, address) -> owner("select participant_id from holiday where id = ?", id),
                "/notices/{}", (id, address) -> owner("select participant_id from notice where id = ?", id));
    }

    private Optional<Long> owner(String sql, String id) {
        return jdbc.sql(sql).param(Long.parseLong(id)).query(Long.class).optional();
    }
}
