package org.ariadne.plan.web;

import java.util.Map;

/**
 * Shown when someone else saved the element while the user was editing it: who and when (already in the
 * user's language), and under each field that differs, the value now saved.
 */
record ConflictNotice(String text, Map<String, String> saved) {

    public boolean differs(String field) {
        return saved.containsKey(field);
    }
}
