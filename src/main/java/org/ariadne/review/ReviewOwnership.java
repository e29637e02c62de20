package org.ariadne.review;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose corrective action an address names (issue 19): its plan's participant's. */
@Component
class ReviewOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Plans plans;

    ReviewOwnership(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/corrective-actions/{}", (id, address) -> jdbc.sql("select plan_id from corrective_action where id = ?")
                .param(Long.parseLong(id)).query(Long.class).optional().flatMap(plans::participantOf));
    }
}
