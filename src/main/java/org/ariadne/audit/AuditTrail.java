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

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock, ParticipantScope participants) {
        this.participants = participants;
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

    /** The tables of the roots the trail can place a line by without a plan (issue 19), by entry type. */
    private static final Map<String, String> ROOTS = Map.of("institution", "institution",
            "territorial-unit", "territorial_unit", "plan", "action_plan", "holiday", "holiday", "user", "user_account");

    /**
     * The participant a line belongs to (issue 19): its plan's, or its institution's (unit's, holiday's, account's)
     * where it names one that still exists and belongs to one, else the acting person's, else the home participant's.
     * Looked up once per batch.
     */
    private long participantOf(AuditRecord change, Map<String, Long> owners) {
        Long owner = null;
        if (change.planId() != null) {
            owner = owners.computeIfAbsent("action_plan:" + change.planId(), key -> ownerIn("action_plan", change.planId()));
        }
        var root = ROOTS.get(change.entityType());
        if (owner == null && root != null && change.entityId() != null) {
            owner = owners.computeIfAbsent(root + ":" + change.entityId(), key -> ownerIn(root, change.entityId()));
        }
        return owner != null ? owner : participants.forNewRecord();
    }

    private Long ownerIn(String table, long id) {
        return jdbc.query("select participant_id from " + table + " where id = ?",
                (java.sql.ResultSet row) -> row.next() ? row.getObject(1, Long.class) : null, id);
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
