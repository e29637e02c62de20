package org.ariadne.audit;

import java.util.Set;

/**
 * The read rule of one module for the audit entries about its records. The trail shows an entry only to someone
 * who may read the thing it is about, so each module that writes entries also says, as a bean implementing this,
 * who may read them; the audit module applies those rules to the trail page, the history pages and the downloads.
 * An entry type that no rule names is shown to no one.
 */
public interface AuditReadRule {

    /** The entry types (the {@code entityType} of {@link AuditRecord}) this rule decides. */
    Set<String> entityTypes();

    /**
     * Which entries of {@code entityType} (one of {@link #entityTypes()}) the reader may see, as a condition on the
     * columns of {@code audit_event} (typically {@code entity_id in (select ... where <the page's own rule>)}), so
     * that the trail is filtered in the query and never loaded whole.
     */
    AuditVisibility visibility(String entityType, AuditReader reader);
}
