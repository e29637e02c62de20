package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/**
 * One difference between two versions of a plan: an element added or dropped, or one field of it changed from
 * {@code before} to {@code after}; {@code year} for a yearly target or a year's budget. {@code key} names the change
 * the same way in every comparison of the same two trees: reasons are kept by it.
 */
public record VersionChange(String key, Kind kind, Element element, String code, String label, String field,
        Integer year, String before, String after) {

    public enum Kind implements Labelled {
        ADDED, DROPPED, CHANGED;

        @Override
        public String messageKey() {
            return "plan.version.change." + name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Element implements Labelled {
        STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY, INDICATOR;

        @Override
        public String messageKey() {
            return "plan.version.element." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The message key of the changed field ("plan.version.field.title"), null for an added or dropped element. */
    public String fieldKey() {
        return field == null ? null : "plan.version.field." + field;
    }

    /** The same change with a reason beside it, for the comparison page. */
    public Explained explained(String reason) {
        return new Explained(this, reason);
    }

    public record Explained(VersionChange change, String reason) {
    }
}
