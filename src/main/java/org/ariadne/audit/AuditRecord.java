package org.ariadne.audit;

import java.util.Map;

/**
 * One change to write to the trail. {@code before} and {@code after} are readable snapshots (field name to
 * value, institution names rather than ids), null where the record did not exist.
 */
public record AuditRecord(AuditAction action, String entityType, Long entityId, String label, Long planId,
        Map<String, Object> before, Map<String, Object> after) {

    public static AuditRecord created(String entityType, Long id, String label, Long planId, Map<String, Object> after) {
        return new AuditRecord(AuditAction.CREATED, entityType, id, label, planId, null, after);
    }

    public static AuditRecord updated(String entityType, Long id, String label, Long planId,
            Map<String, Object> before, Map<String, Object> after) {
        return new AuditRecord(AuditAction.UPDATED, entityType, id, label, planId, before, after);
    }

    public static AuditRecord deleted(String entityType, Long id, String label, Long planId, Map<String, Object> before) {
        return new AuditRecord(AuditAction.DELETED, entityType, id, label, planId, before, null);
    }

    /** True when an update changed nothing a person could see; such records are not written. */
    boolean isNoChange() {
        return action == AuditAction.UPDATED && before != null && before.equals(after);
    }
}
