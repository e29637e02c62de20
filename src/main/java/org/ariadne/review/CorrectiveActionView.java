package org.ariadne.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A corrective action with the activity and rating it answers. {@code overdue} is true when it is due before today
 * and not yet done or cancelled.
 */
public record CorrectiveActionView(long id, int version, long planId, long activityId, String activityCode,
        String activityTitle, Long ratingId, HalfYear halfYear, Rating rating, String description,
        long ownerInstitutionId, LocalDate dueDate, ActionStatus status, String statusNote, LocalDate closedOn,
        boolean overdue, String createdBy, LocalDateTime createdAt, String updatedBy, LocalDateTime updatedAt) {

    public CorrectiveActionCommand toCommand() {
        return new CorrectiveActionCommand(description, ownerInstitutionId, dueDate);
    }
}
