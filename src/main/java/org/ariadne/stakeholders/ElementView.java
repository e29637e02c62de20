package org.ariadne.stakeholders;

/**
 * A plan element as the round consulted on it: {@code key} names it in comments ("a-12" for activity 12), {@code depth}
 * is its level in the plan's tree (0 for a strategic objective).
 */
public record ElementView(String key, ElementKind kind, String code, String title, int depth) {

    /** "A1.1.2 Train border police", or the title alone. */
    public String label() {
        return code == null || code.isBlank() ? title : code + " " + title;
    }
}
