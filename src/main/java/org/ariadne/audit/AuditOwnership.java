package org.ariadne.audit;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.stereotype.Component;

/**
 * Whose element a history address ({@code /audit/history/{entityType}/{entityId}}) names (issue 19). Where the element
 * is a root that still exists (a plan, an institution, a territorial unit, an account of a participant) its own
 * participant, as its module answers; otherwise the participant its trail lines were written for, so that the history
 * of a deleted record stays its owner's. An entry type nobody reads has no owner (the page answers 404 itself).
 */
@Component
class AuditOwnership implements ParticipantOwnership {

    private final AuditHistory history;
    private final ParticipantOwners owning;

    AuditOwnership(AuditHistory history, ParticipantOwners owning) {
        this.history = history;
        this.owning = owning;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("entityId", (id, address) -> {
            var type = address.get("entityType");
            long entityId = Long.parseLong(id);
            if (type == null || !history.readableTypes().contains(type)) {
                return Optional.empty();
            }
            var live = owning.ofElement(type, entityId);
            return live.isPresent() ? live : history.participantOf(type, entityId);
        });
    }
}
