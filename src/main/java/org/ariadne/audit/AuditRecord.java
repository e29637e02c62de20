package org.ariadne.audit;

import java.util.Map;

/**
 * One change to write to the trail. {@code before} and {@code after} are readable snapshots (field name to
 * value, institution names rather than ids), null where the record did not exist.
 */
public record AuditRecord(AuditAction action, String entityType, Long entityId, String label, Long planId,
        Map<String, Object> before, Map<String, Object> after) {

    /**
     * A snapshot from field names and values given in pairs ({@code "status", "SUBMITTED", "reason", null}), in the
     * order given: the history pages and downloads show the fields in that order. {@code Map.of} has no order (it
     * changes from one server start to the next) and refuses nulls.
     */
    public static Map<String, Object> state(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        var state = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            state.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return state;
    }

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
