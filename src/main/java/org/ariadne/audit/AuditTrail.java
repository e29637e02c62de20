package org.ariadne.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ariadne.common.participant.ParticipantScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes changes to the audit trail inside the caller's transaction, so a change and its trace are saved
 * together or not at all. The actor is whoever is signed in ("system" for start-up jobs).
 */
@Service
public class AuditTrail {

    static final String SYSTEM_ACTOR = "system";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ParticipantScope participants;
    private final ParticipantOwners owning;

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock, ParticipantScope participants,
            ParticipantOwners owning) {
        this.participants = participants;
        this.owning = owning;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A new record, with everything it holds. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCreated(Audited created) {
        record(AuditRecord.created(created.auditType(), created.auditId(), created.auditLabel(), created.auditPlanId(),
                created.auditState()));
    }

    /**
     * A change: {@code before} taken with {@link Audited#snapshot()} before the change, {@code after} the record as
     * saved. Nothing is written when no field a person could see has changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordChange(Audited before, Audited after) {
        record(AuditRecord.updated(after.auditType(), after.auditId(), after.auditLabel(), after.auditPlanId(),
                before.auditState(), after.auditState()));
    }

    /** A record removed, with what it held. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDeleted(Audited deleted) {
        recordDeleted(List.of(deleted));
    }

    /** Many records removed at once, in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordDeleted(List<? extends Audited> deleted) {
        recordAll(deleted.stream().map(gone -> AuditRecord.deleted(gone.auditType(), gone.auditId(), gone.auditLabel(),
                gone.auditPlanId(), gone.auditState())).toList());
    }

    /** A record moved among its siblings: only its position changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordMoved(Audited moved, int from, int to) {
        record(new AuditRecord(AuditAction.MOVED, moved.auditType(), moved.auditId(), moved.auditLabel(),
                moved.auditPlanId(), Map.of("position", from), Map.of("position", to)));
    }

    /** An entry that is not the state of one record (an import, a password reset); prefer the calls above. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord change) {
        recordAll(List.of(change));
    }

    /** Records many changes in one batch (an import writes hundreds at once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> changes) {
        var now = Timestamp.valueOf(LocalDateTime.now(clock));
        var actor = currentActor();
        var owners = new java.util.HashMap<String, Long>();
        List<Object[]> rows = changes.stream()
                .filter(change -> !change.isNoChange())
                .map(change -> new Object[] {now, actor, change.action().name(), change.entityType(), change.entityId(),
                        truncate(change.label(), 300), change.planId(), toJson(change.before()), toJson(change.after()),
                        participantOf(change, owners)})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, entity_label,"
                    + " plan_id, before_state, after_state, participant_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    /**
     * The participant a line belongs to (issue 19): its plan's, or its element's where the element is a root that
     * belongs to one (an institution, a unit, a holiday, an account), else that of the record's earlier lines (a
     * record deleted), else the acting person's, else the home participant's. Each owner is looked up once per batch.
     */
    private long participantOf(AuditRecord change, Map<String, Long> owners) {
        Long owner = null;
        if (change.planId() != null) {
            owner = owners.computeIfAbsent("plan:" + change.planId(),
                    key -> owning.of("planId", change.planId()).orElse(null));
        }
        if (owner == null && change.entityId() != null) {
            owner = owners.computeIfAbsent(change.entityType() + ":" + change.entityId(),
                    key -> owning.ofElement(change.entityType(), change.entityId()).orElse(null));
        }
        if (owner == null && change.entityId() != null && change.action() != AuditAction.CREATED) {
            // a record that is gone (deleted, or a plan deleted with it) has no owner left to ask: it stays the
            // participant its earlier lines were written under, not the acting person's (someone working across
            // participants writes under the home participant), whose people would then read another's record
            owner = owners.computeIfAbsent("line:" + change.entityType() + ":" + change.entityId(),
                    key -> jdbc.query("select participant_id from audit_event where entity_type = ? and entity_id = ?"
                            + " order by occurred_at desc, id desc limit 1",
                            row -> row.next() ? row.getLong(1) : null, change.entityType(), change.entityId()));
        }
        return owner != null ? owner : participants.forNewRecord();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return SYSTEM_ACTOR;
        }
        return authentication.getName();
    }

    private String toJson(Map<String, Object> state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
