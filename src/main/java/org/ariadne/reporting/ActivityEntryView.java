package org.ariadne.reporting;

import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.plan.ActivityStatus;

/** What a report says about one activity, with who last changed it. {@code id} is 0 while nothing is saved. */
public record ActivityEntryView(long id, int version, long activityId, ActivityStatus status, String narrative,
        String problems, List<SpendingCommand> spending, String reviewerComment, LocalDateTime updatedAt,
        String updatedBy) {

    public static ActivityEntryView blank(long activityId) {
        return new ActivityEntryView(0, 0, activityId, null, null, null, List.of(), null, null, null);
    }

    public java.math.BigDecimal spent() {
        return spending.stream().map(SpendingCommand::amount).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }

    public ActivityEntryCommand toCommand() {
        return new ActivityEntryCommand(status, narrative, problems, spending);
    }
}
