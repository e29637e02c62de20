package org.ariadne.plan;

/**
 * Narrows the monitoring matrix. Every field may be empty. {@code thematicArea} is the code of one of the plan's
 * areas. {@code institutionId} matches lead, supporting and
 * indicator-responsible institutions; {@code notReported} selects activities without any status yet.
 */
public record MatrixFilter(String thematicArea, Long institutionId, ActivityStatus status, boolean notReported,
        String text) {

    public static MatrixFilter none() {
        return new MatrixFilter(null, null, null, false, null);
    }

    public boolean isEmpty() {
        return thematicArea == null && institutionId == null && status == null && !notReported
                && (text == null || text.isBlank());
    }
}
