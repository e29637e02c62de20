package org.ariadne.coordination;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to a meeting, an action, a monthly report or an agreement, with its message key and form field. */
public final class CoordinationException extends UserFacingException {

    private final String field;

    private CoordinationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private CoordinationException(List<CoordinationException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static void refuseAll(List<CoordinationException> each) {
        if (each.size() == 1) {
            throw each.get(0);
        }
        if (!each.isEmpty()) {
            throw new CoordinationException(each);
        }
    }

    static CoordinationException endNotAfterStart() {
        return new CoordinationException("endsAt", "coordination.refused.ends-before-start");
    }

    static CoordinationException unknownInstitution(String field) {
        return new CoordinationException(field, "coordination.refused.institution");
    }

    static CoordinationException committeeMissing() {
        return new CoordinationException("committeeId", "coordination.refused.committee");
    }

    static CoordinationException attendanceInstitution(int line) {
        return new CoordinationException("attendanceInstitution", "coordination.refused.attendance-institution", line);
    }

    static CoordinationException attendanceRole(int line) {
        return new CoordinationException("attendanceRole", "coordination.refused.attendance-role", line);
    }

    static CoordinationException attendanceCount(int line) {
        return new CoordinationException("attendanceWomen", "coordination.refused.attendance-count", line);
    }

    static CoordinationException closingNoteMissing() {
        return new CoordinationException("closingNote", "coordination.refused.closing-note");
    }

    static CoordinationException unknownDecision(int decisions) {
        return new CoordinationException("decisionNumber", "coordination.refused.decision", decisions);
    }

    static CoordinationException unknownActivity() {
        return new CoordinationException("activityId", "coordination.refused.activity");
    }

    static CoordinationException unknownActivities() {
        return new CoordinationException("activities", "coordination.refused.activity");
    }

    static CoordinationException notOwner() {
        return new CoordinationException(null, "coordination.refused.not-owner");
    }

    static CoordinationException monthInFuture() {
        return new CoordinationException("month", "coordination.refused.month-future");
    }

    static CoordinationException monthTaken(String committee, String month) {
        return new CoordinationException("month", "coordination.refused.month-taken", committee, month);
    }

    static CoordinationException notYourCommittee() {
        return new CoordinationException("committeeId", "coordination.refused.not-your-committee");
    }

    static CoordinationException negative(String field) {
        return new CoordinationException(field, "coordination.refused.negative");
    }

    static CoordinationException expiryBeforeSigning() {
        return new CoordinationException("expiresOn", "coordination.refused.expiry-before-signing");
    }

    static CoordinationException partiesMissing() {
        return new CoordinationException("partyInstitution", "coordination.refused.parties");
    }

    static CoordinationException partyUnnamed(int line) {
        return new CoordinationException("partyInstitution", "coordination.refused.party-unnamed", line);
    }

    static CoordinationException signedDateMissing() {
        return new CoordinationException("signedOn", "coordination.refused.signed-missing");
    }

    static CoordinationException noteYear() {
        return new CoordinationException("year", "coordination.refused.note-year");
    }

    static CoordinationException fileEmpty() {
        return new CoordinationException("file", "coordination.refused.file-empty");
    }

    static CoordinationException fileTooLarge(long maxBytes) {
        return new CoordinationException("file", "coordination.refused.file-too-large", maxBytes / (1024 * 1024));
    }

    static CoordinationException fileType(String name) {
        return new CoordinationException("file", "coordination.refused.file-type", name);
    }

    static CoordinationException fileMacros(String name) {
        return new CoordinationException("file", "coordination.refused.file-macros", name);
    }

    static CoordinationException fileName() {
        return new CoordinationException("file", "coordination.refused.file-name");
    }
}
