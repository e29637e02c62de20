package org.ariadne.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** One recorded change, with the fields that differ between before and after. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, AuditAction action, String entityType,
        Long entityId, String label, Long planId, Map<String, Object> before, Map<String, Object> after) {

    /** The fields whose value changed (all fields for a creation or deletion), in snapshot order. */
    public List<FieldChange> changes() {
        var names = new java.util.LinkedHashSet<String>();
        if (before != null) {
            names.addAll(before.keySet());
        }
        if (after != null) {
            names.addAll(after.keySet());
        }
        return names.stream()
                .map(name -> new FieldChange(name, before == null ? null : before.get(name), after == null ? null : after.get(name)))
                .filter(change -> !java.util.Objects.equals(change.before(), change.after()))
                .toList();
    }

    public record FieldChange(String field, Object before, Object after) {
    }
}
