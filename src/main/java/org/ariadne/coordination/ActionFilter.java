package org.ariadne.coordination;

import java.time.LocalDate;

/**
 * What the register of follow-up actions shows: every field empty shows every action the reader may see.
 * {@code overdue} keeps those not done past their due date; {@code meetingId} those of one meeting.
 */
public record ActionFilter(Long ownerId, ActionStatus status, boolean overdue, MeetingKind kind, Long meetingId) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, false, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public boolean matches(FollowUpView action, LocalDate today) {
        return (ownerId == null || ownerId == action.ownerId())
                && (status == null || action.status() == status)
                && (!overdue || action.overdue(today))
                && (kind == null || action.meetingKind() == kind)
                && (meetingId == null || meetingId == action.meetingId());
    }
}
