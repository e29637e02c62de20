package org.ariadne.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record whose every change the trail keeps. Implemented by the entities themselves (they know their fields), so
 * that one call writes an entry: {@code trail.recordChange(before, plan)} after {@code var before = plan.snapshot()}.
 * A record whose readable state needs names from elsewhere (an institution's name for its id) gives an
 * {@link #of} view instead, built with those names.
 */
public interface Audited {

    /** The kind of record as the trail files it ("activity", "institution"); never changes once records exist. */
    String auditType();

    Long auditId();

    /** What the history shows for the record ("A1.2.3 Train border police", the institution's name). */
    String auditLabel();

    /** The plan the record belongs to, null for records outside any plan (an institution, an account). */
    Long auditPlanId();

    /**
     * Field name to value, in the order the history pages and downloads show them; names rather than ids. Build it
     * with {@link AuditRecord#state(Object...)}.
     */
    Map<String, Object> auditState();

    /** The record as it is now, unchanged by what happens to the record later: the "before" of a change. */
    default Audited snapshot() {
        return of(auditType(), auditId(), auditLabel(), auditPlanId(), auditState());
    }

    /**
     * The record as it is now with one more fact the trail should keep about this change (a publication of data
     * not yet accepted): the record's own type, id, label and plan, its state and then {@code field}.
     */
    default Audited with(String field, Object value) {
        var state = new LinkedHashMap<String, Object>(auditState());
        state.put(field, value);
        return of(auditType(), auditId(), auditLabel(), auditPlanId(), state);
    }

    /** A record's audit view made from its parts, for state that needs names from other records. */
    static Audited of(String type, Long id, String label, Long planId, Map<String, Object> state) {
        return new Snapshot(type, id, label, planId, state);
    }

    /** A frozen audit view; its state is read once, when it is made. */
    record Snapshot(String auditType, Long auditId, String auditLabel, Long auditPlanId, Map<String, Object> auditState)
            implements Audited {

        @Override
        public Audited snapshot() {
            return this;
        }
    }
}
