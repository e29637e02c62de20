package org.ariadne.review;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose corrective action an address names (issue 19): its plan's participant's. */
@Component
class ReviewOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    ReviewOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/corrective-actions/{}", (id, address) -> jdbc.sql("""
                        select p.participant_id from corrective_action c join action_plan p on p.id = c.plan_id
                        where c.id = ?""")
                .param(Long.parseLong(id)).query(Long.class).optional());
    }
}
