package org.ariadne.institutions;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose institution or territorial unit an address names (issue 19): {@code institutionId} wherever it appears (a
 * report's address, a focal point's page), the directory's edit pages and the units' pages.
 */
@Component
class InstitutionOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    InstitutionOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner institution = (id, address) -> ownerOf("institution", id);
        return Map.of(
                "institutionId", institution,
                "/institutions/{}", institution,
                "/territorial-units/{}", (id, address) -> ownerOf("territorial_unit", id));
    }

    private Optional<Long> ownerOf(String table, String id) {
        return jdbc.sql("select participant_id from " + table + " where id = ?").param(Long.parseLong(id))
                .query(Long.class).optional();
    }
}
