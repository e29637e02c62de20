package org.ariadne.institutions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which participant an institution belongs to (issue 19): for the modules whose records hang off an institution
 * (contacts) and those that check an institution chosen in a form or a filter is one of the person's own participant.
 * Unnarrowed and free of role checks on purpose: it tells owners only.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionParticipants {

    private final JdbcClient jdbc;

    InstitutionParticipants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The participant of the institution; empty when there is no such institution. */
    public Optional<Long> of(long institutionId) {
        return jdbc.sql("select participant_id from institution where id = ?").param(institutionId)
                .query(Long.class).optional();
    }

    /** Every institution's participant, by institution: for filtering a list or a picker. */
    public Map<Long, Long> byInstitution() {
        var owners = new HashMap<Long, Long>();
        jdbc.sql("select id, participant_id from institution").query(row -> {
            owners.put(row.getLong(1), row.getLong(2));
        });
        return owners;
    }
}
