package org.ariadne.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATED, UPDATED, DELETED, MOVED, IMPORTED
}
