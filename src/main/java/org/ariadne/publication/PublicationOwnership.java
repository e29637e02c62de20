package org.ariadne.publication;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose publication an address names (issue 19): its plan's participant's. A publication outlives its plan; one whose
 * plan is gone has no owner left and the page answers for itself.
 */
@Component
class PublicationOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    PublicationOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("publicationId", (id, address) -> jdbc.sql("""
                        select p.participant_id from publication u join action_plan p on p.id = u.plan_id
                        where u.id = ?""")
                .param(Long.parseLong(id)).query(Long.class).optional());
    }
}
