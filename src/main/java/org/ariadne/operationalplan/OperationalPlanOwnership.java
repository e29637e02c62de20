package org.ariadne.operationalplan;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose operational-plan line an address names (issue 19): the participant of the action plan it details. */
@Component
class OperationalPlanOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Plans plans;

    OperationalPlanOwnership(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("lineId", (id, address) -> jdbc.sql("""
                        select o.plan_id from operational_plan_line l join operational_plan o on o.id = l.operational_plan_id
                        where l.id = ?""").param(Long.parseLong(id)).query(Long.class).optional()
                .flatMap(plans::participantOf));
    }
}
