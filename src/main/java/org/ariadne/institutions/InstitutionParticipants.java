package org.ariadne.institutions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.ariadne.common.participant.ParticipantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which participant each institution belongs to (issue 19 item 2), for the modules that offer institutions in a form
 * or take an institution's id from one: a person of one participant chooses among that participant's institutions
 * only, and an id of another participant's is refused as unknown.
 */
@Component
public class InstitutionParticipants {

    private final JdbcClient jdbc;
    private final ParticipantScope scope;

    InstitutionParticipants(JdbcClient jdbc, ParticipantScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** The participant owning the institution; empty when there is no such institution. */
    @Transactional(readOnly = true)
    public Optional<Long> of(long institutionId) {
        return jdbc.sql("select participant_id from institution where id = ?").param(institutionId).query(Long.class)
                .optional();
    }

    /** Whether the signed-in person may see and choose the institution (null, no institution, is always fine). */
    @Transactional(readOnly = true)
    public boolean visible(Long institutionId) {
        return institutionId == null || of(institutionId).map(scope::sees).orElse(true);
    }

    /**
     * The institutions the signed-in person may choose, as a test on ids read once: all for a person working across
     * participants, else its participant's.
     */
    @Transactional(readOnly = true)
    public LongPredicate choosable() {
        var own = scope.narrowedTo();
        if (own.isEmpty()) {
            return id -> true;
        }
        Map<Long, Long> owners = new HashMap<>();
        jdbc.sql("select id, participant_id from institution").query((row, index) -> owners.put(row.getLong(1),
                row.getLong(2))).list();
        return id -> own.get().equals(owners.get(id));
    }

    /** As {@link #choosable()} for the institutions of one participant: the choices of a record that hangs off it. */
    @Transactional(readOnly = true)
    public LongPredicate ofParticipant(long participantId) {
        var ids = new java.util.HashSet<Long>(jdbc.sql("select id from institution where participant_id = ?")
                .param(participantId).query(Long.class).list());
        return ids::contains;
    }

    /** Every institution's participant, by institution: for filtering a list or a picker. */
    @Transactional(readOnly = true)
    public Map<Long, Long> byInstitution() {
        var owners = new HashMap<Long, Long>();
        jdbc.sql("select id, participant_id from institution").query(row -> {
            owners.put(row.getLong(1), row.getLong(2));
        });
        return owners;
    }
}
