package org.ariadne.publication;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose publication an address names (issue 19): its plan's participant's. A publication outlives its plan; one whose
 * plan is gone has no owner left and the page answers for itself.
 */
@Component
class PublicationOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Plans plans;

    PublicationOwnership(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("publicationId", (id, address) -> jdbc.sql("select plan_id from publication where id = ?")
                .param(Long.parseLong(id)).query(Long.class).optional().flatMap(plans::participantOf));
    }
}
