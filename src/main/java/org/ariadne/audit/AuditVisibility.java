package org.ariadne.audit;

import java.util.List;

/**
 * A condition in SQL on the columns of {@code audit_event} ({@code entity_id}, {@code plan_id}, ...) with its
 * parameters, saying which entries a reader may see.
 */
public record AuditVisibility(String condition, List<Object> params) {

    private static final AuditVisibility ALL = new AuditVisibility("1 = 1", List.of());
    private static final AuditVisibility NONE = new AuditVisibility("1 = 0", List.of());

    public AuditVisibility {
        params = List.copyOf(params);
    }

    public static AuditVisibility all() {
        return ALL;
    }

    public static AuditVisibility none() {
        return NONE;
    }

    /** Every entry to a reader holding one of {@code roles} (names of the security module's roles), none otherwise. */
    public static AuditVisibility toRoles(AuditReader reader, String... roles) {
        return reader.hasAny(roles) ? ALL : NONE;
    }

    public static AuditVisibility where(String condition, Object... params) {
        return new AuditVisibility(condition, List.of(params));
    }

    public boolean isAll() {
        return ALL.equals(this);
    }

    public boolean isNone() {
        return NONE.equals(this);
    }
}
