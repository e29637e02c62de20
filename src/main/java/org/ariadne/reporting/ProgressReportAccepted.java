package org.ariadne.reporting;

import java.time.LocalDate;
import java.util.Map;

import org.ariadne.plan.ActivityStatus;

/** A report was accepted and locked; {@code statuses} is what it reports for each activity, as of {@code periodEnd}. */
@org.springframework.modulith.NamedInterface("events")
public record ProgressReportAccepted(long reportId, long planId, long periodId, long institutionId, LocalDate periodEnd,
        Map<Long, ActivityStatus> statuses) {
}
