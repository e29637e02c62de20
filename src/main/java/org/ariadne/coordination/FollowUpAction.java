package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A follow-up action decided in a meeting. It guards its closing: done needs a closing note, and the day it was
 * closed is kept; reopening clears that day.
 */
@Table("follow_up_action")
class FollowUpAction {

    static final String AUDIT_TYPE = "follow-up-action";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long meetingId;
    private Integer decisionNumber;
    private String description;
    private long ownerInstitutionId;
    private LocalDate dueOn;
    private ActionStatus status;
    private Long activityId;
    private String closingNote;
    private LocalDate closedOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    FollowUpAction() {
    }

    static FollowUpAction create(long meetingId, FollowUpCommand command, LocalDate today, LocalDateTime now) {
        var action = new FollowUpAction();
        action.meetingId = meetingId;
        action.createdAt = now;
        action.apply(command, today, now);
        return action;
    }

    void apply(FollowUpCommand command, LocalDate today, LocalDateTime now) {
        description = command.description().strip();
        decisionNumber = command.decisionNumber();
        ownerInstitutionId = command.ownerId();
        dueOn = command.dueOn();
        activityId = command.activityId();
        update(new ActionUpdateCommand(command.status(), command.closingNote()), today, now);
    }

    /** A new status; done needs a closing note ({@link CoordinationException#closingNoteMissing()}). */
    void update(ActionUpdateCommand command, LocalDate today, LocalDateTime now) {
        var note = command.closingNote() == null || command.closingNote().isBlank() ? null : command.closingNote().strip();
        if (command.status() == ActionStatus.DONE && note == null) {
            throw CoordinationException.closingNoteMissing();
        }
        if (command.status() == ActionStatus.DONE && status != ActionStatus.DONE) {
            closedOn = today;
        } else if (command.status() != ActionStatus.DONE) {
            closedOn = null;
        }
        status = command.status();
        closingNote = note;
        updatedAt = now;
    }

    static boolean overdue(ActionStatus status, LocalDate dueOn, LocalDate today) {
        return status != ActionStatus.DONE && dueOn.isBefore(today);
    }

    static boolean dueSoon(ActionStatus status, LocalDate dueOn, LocalDate today, int days) {
        return status != ActionStatus.DONE && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(days));
    }

    Audited audited(String meetingLabel, String ownerName, String activityLabel) {
        return Audited.of(AUDIT_TYPE, id, label(), null, AuditRecord.state(
                "meeting", meetingLabel,
                "decision", decisionNumber,
                "description", description,
                "owner", ownerName,
                "dueDate", dueOn.toString(),
                "activity", activityLabel,
                "status", status.name(),
                "closingNote", closingNote,
                "closedOn", closedOn == null ? null : closedOn.toString()));
    }

    private String label() {
        return description.length() <= 120 ? description : description.substring(0, 119) + "…";
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long meetingId() {
        return meetingId;
    }

    Integer decisionNumber() {
        return decisionNumber;
    }

    String description() {
        return description;
    }

    long ownerInstitutionId() {
        return ownerInstitutionId;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    ActionStatus status() {
        return status;
    }

    Long activityId() {
        return activityId;
    }

    String closingNote() {
        return closingNote;
    }

    LocalDate closedOn() {
        return closedOn;
    }
}
