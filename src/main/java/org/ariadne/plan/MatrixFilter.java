package org.ariadne.plan;

/**
 * Narrows the monitoring matrix. Every field may be empty. {@code thematicArea} is the code of one of the plan's
 * areas. {@code institutionId} matches lead, supporting and
 * indicator-responsible institutions; {@code responsibleUsername} the office account responsible; {@code notReported} selects activities without any status yet.
 */
public record MatrixFilter(String thematicArea, Long institutionId, ActivityStatus status, boolean notReported,
        String text, String responsibleUsername) {

    /** A filter that does not narrow by the responsible account. */
    public MatrixFilter(String thematicArea, Long institutionId, ActivityStatus status, boolean notReported,
            String text) {
        this(thematicArea, institutionId, status, notReported, text, null);
    }

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null, false, null);
    }

    public boolean isEmpty() {
        return thematicArea == null && institutionId == null && status == null && !notReported
                && (text == null || text.isBlank()) && responsibleUsername == null;
    }
}
