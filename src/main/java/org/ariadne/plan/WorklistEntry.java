package org.ariadne.plan;

import java.time.LocalDate;

/**
 * One activity an office account is responsible for: its plan, code and title, and the status the latest accepted
 * report gave it with the end of that report's period ({@code statusAsOf}, null when no report gave it).
 */
public record WorklistEntry(long planId, String planTitle, long activityId, String code, String title,
        ActivityStatus status, LocalDate statusAsOf) {
}
