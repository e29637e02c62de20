package org.ariadne.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What an institution will do about a rated activity (seed 002: optional, usually for 2 or 3): a description, the owner institution, a due date
 * and a status followed to closure (open → in progress → done, or cancelled with a note). Done and cancelled keep
 * the closing date and are final.
 */
@Table("corrective_action")
class CorrectiveAction {

    static final String AUDIT_TYPE = "corrective-action";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long activityId;
    private Long ratingId;
    private String halfYear;
    private String description;
    private long ownerInstitutionId;
    private LocalDate dueDate;
    private ActionStatus status;
    private String statusNote;
    private LocalDate closedOn;
    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;

    CorrectiveAction() {
    }

    /** A new, open action answering a rating (usually 2 or 3, allowed for 1), while its review is still a draft. */
    static CorrectiveAction answering(HalfYearReview review, ActivityRating rating, CorrectiveActionCommand command,
            String by, LocalDateTime now) {
        review.touch(by, now);
        var action = new CorrectiveAction();
        action.planId = rating.planId();
        action.activityId = rating.activityId();
        action.ratingId = rating.id();
        action.halfYear = rating.halfYear();
        action.status = ActionStatus.OPEN;
        action.createdBy = by;
        action.createdAt = now;
        action.describe(command, by, now);
        return action;
    }

    /** Changes what is to be done, by whom and by when; a closed action stays as it was closed. */
    void revise(CorrectiveActionCommand command, String by, LocalDateTime now) {
        if (status.isClosed()) {
            throw ReviewException.actionClosed(status);
        }
        describe(command, by, now);
    }

    private void describe(CorrectiveActionCommand command, String by, LocalDateTime now) {
        var text = Texts.clean(command.description());
        if (text == null) {
            throw ReviewException.descriptionRequired();
        }
        if (command.ownerInstitutionId() == null) {
            throw ReviewException.ownerRequired();
        }
        if (command.dueDate() == null) {
            throw ReviewException.dueDateRequired();
        }
        description = text;
        ownerInstitutionId = command.ownerInstitutionId();
        dueDate = command.dueDate();
        updatedBy = by;
        updatedAt = now;
    }

    /**
     * Moves the action on, or only changes its note when the status stays. Cancelling needs a note saying why;
     * done and cancelled record the closing date.
     */
    void moveTo(ActionStatus target, String note, String by, LocalDateTime now) {
        if (status.isClosed()) {
            throw ReviewException.actionClosed(status);
        }
        if (target != status && !status.canMoveTo(target)) {
            throw ReviewException.cannotMove(status, target);
        }
        var cleanNote = Texts.clean(note);
        if (target == ActionStatus.CANCELLED && cleanNote == null) {
            throw ReviewException.cancelNoteRequired();
        }
        status = target;
        statusNote = cleanNote;
        if (target.isClosed()) {
            closedOn = now.toLocalDate();
        }
        updatedBy = by;
        updatedAt = now;
    }

    /** Due before {@code day} and not closed yet. */
    boolean isOverdueOn(LocalDate day) {
        return !status.isClosed() && dueDate.isBefore(day);
    }

    /** The action's audit view, filed under its activity's code and half-year, the owner by name. */
    Audited audited(String activityCode, LongFunction<String> institutionName) {
        return Audited.of(AUDIT_TYPE, id, activityCode + " · " + halfYear, planId,
                auditState(activityCode, institutionName));
    }

    private Map<String, Object> auditState(String activityCode, LongFunction<String> institutionName) {
        var state = new LinkedHashMap<String, Object>();
        state.put("activity", activityCode);
        state.put("halfYear", halfYear);
        state.put("description", description);
        state.put("owner", institutionName.apply(ownerInstitutionId));
        state.put("dueDate", dueDate.toString());
        state.put("status", status.name());
        state.put("statusNote", statusNote);
        state.put("closedOn", closedOn == null ? null : closedOn.toString());
        return state;
    }

    CorrectiveActionView view(String activityCode, String activityTitle, Rating rating, LocalDate today) {
        return new CorrectiveActionView(id, version, planId, activityId, activityCode, activityTitle, ratingId,
                HalfYear.of(halfYear), rating, description, ownerInstitutionId, dueDate, status, statusNote, closedOn,
                isOverdueOn(today), createdBy, createdAt, updatedBy, updatedAt);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    long activityId() {
        return activityId;
    }

    Long ratingId() {
        return ratingId;
    }

    String halfYear() {
        return halfYear;
    }

    long ownerInstitutionId() {
        return ownerInstitutionId;
    }

    ActionStatus status() {
        return status;
    }

    String description() {
        return description;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    String statusNote() {
        return statusNote;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
