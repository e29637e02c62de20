package org.ariadne.dataquality;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose data-quality rule an address names (issue 19): the participant of the plan it checks. */
@Component
class DataQualityOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Plans plans;

    DataQualityOwnership(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("ruleId", (id, address) -> jdbc.sql("select plan_id from data_quality_rule where id = ?")
                .param(Long.parseLong(id)).query(Long.class).optional().flatMap(plans::participantOf));
    }
}
