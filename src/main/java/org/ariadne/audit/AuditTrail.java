package org.ariadne.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

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

    AuditTrail(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord change) {
        recordAll(List.of(change));
    }

    /** Records many changes in one batch (an import writes hundreds at once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditRecord> changes) {
        var now = Timestamp.valueOf(LocalDateTime.now(clock));
        var actor = currentActor();
        List<Object[]> rows = changes.stream()
                .filter(change -> !change.isNoChange())
                .map(change -> new Object[] {now, actor, change.action().name(), change.entityType(), change.entityId(),
                        truncate(change.label(), 300), change.planId(), toJson(change.before()), toJson(change.after())})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, entity_label,"
                    + " plan_id, before_state, after_state) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }
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
