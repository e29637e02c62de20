package org.ariadne.recommendations;

/**
 * What the tracker lists: every field null (or false) keeps all. {@code withoutActivity}: answered by no activity,
 * existing or proposed; {@code overdue}: follow-up overdue today; {@code text}: words of the text or the paragraph.
 */
public record TrackerFilter(Long planId, Long sourceId, Long institutionId, SourceKind kind, RecommendationStatus status,
        Priority priority, boolean withoutActivity, boolean overdue, String text) {

    public static TrackerFilter none() {
        return new TrackerFilter(null, null, null, null, null, null, false, false, null);
    }

    public static TrackerFilter ofSource(long sourceId) {
        return new TrackerFilter(null, sourceId, null, null, null, null, false, false, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    boolean matches(RecommendationView view) {
        if (planId != null && view.source().planId() != planId) {
            return false;
        }
        if (sourceId != null && view.source().id() != sourceId) {
            return false;
        }
        if (institutionId != null && !view.addressedTo(institutionId)) {
            return false;
        }
        if (kind != null && view.source().kind() != kind) {
            return false;
        }
        if (status != null && view.status() != status) {
            return false;
        }
        if (priority != null && view.priority() != priority) {
            return false;
        }
        if (withoutActivity && view.hasActivity()) {
            return false;
        }
        if (overdue && !view.overdue()) {
            return false;
        }
        if (text != null && !text.isBlank()) {
            var wanted = org.ariadne.common.text.NameKey.of(text);
            var haystack = org.ariadne.common.text.NameKey.of((view.paragraph() == null ? "" : view.paragraph()) + " "
                    + String.join(" ", view.texts().values()));
            return haystack.contains(wanted);
        }
        return true;
    }
}
