package org.ariadne.coordination;

import java.time.LocalDate;

/** A follow-up action as the register, the meeting page and the reminders read it. */
public record FollowUpView(long id, int version, long meetingId, String meetingTitle, LocalDate meetingHeldOn,
        MeetingKind meetingKind, Integer decisionNumber, String description, long ownerId, String ownerName,
        LocalDate dueOn, ActionStatus status, Long activityId, String activityLabel, String closingNote,
        LocalDate closedOn) {

    /** Overdue: not done and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return FollowUpAction.overdue(status, dueOn, today);
    }

    /** Due soon: not done, due today or within {@code days} days. */
    public boolean dueSoon(LocalDate today, int days) {
        return FollowUpAction.dueSoon(status, dueOn, today, days);
    }

    /** The statuses the status form offers. */
    public java.util.List<ActionStatus> statusChoices() {
        return java.util.List.of(ActionStatus.values());
    }

    public boolean done() {
        return status == ActionStatus.DONE;
    }

    public FollowUpCommand toCommand() {
        return new FollowUpCommand(description, decisionNumber, ownerId, dueOn, activityId, status, closingNote);
    }
}
