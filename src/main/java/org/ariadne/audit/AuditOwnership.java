package org.ariadne.audit;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose element a history address ({@code /audit/history/{entityType}/{entityId}}) names (issue 19). Where the element
 * is a root that still exists (a plan, an institution, a territorial unit, an account of a participant) its own
 * participant; otherwise the
 * participant its trail lines were written for, so that the history of a deleted record stays its owner's. An entry
 * type nobody reads has no owner (the page answers 404 itself).
 */
@Component
class AuditOwnership implements ParticipantOwnership {

    private static final Map<String, String> ROOTS = Map.of("plan", "action_plan", "institution", "institution",
            "territorial-unit", "territorial_unit", "user", "user_account");

    private final AuditHistory history;
    private final JdbcClient jdbc;

    AuditOwnership(AuditHistory history, JdbcClient jdbc) {
        this.history = history;
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("entityId", (id, address) -> {
            var type = address.get("entityType");
            long entityId = Long.parseLong(id);
            if (type == null || !history.readableTypes().contains(type)) {
                return Optional.empty();
            }
            var root = ROOTS.get(type);
            var live = root == null ? Optional.<Long>empty()
                    : jdbc.sql("select participant_id from " + root + " where id = ?").param(entityId).query(Long.class)
                            .optional();
            return live.isPresent() ? live : history.participantOf(type, entityId);
        });
    }
}
