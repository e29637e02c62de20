package org.ariadne.plan;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * What the reports say of the activities on a worklist: which of them a report waiting for the office's review
 * covers. The plan cannot know the reports (they build on the plan), so the reporting module implements this and the
 * worklist asks it; without an implementation the worklist shows no new report.
 */
@org.springframework.modulith.NamedInterface("api")
public interface WorklistReports {

    /**
     * The newest report waiting for review (submitted, neither accepted nor returned yet) that gives a status for each
     * of {@code activityIds}, by activity id; activities no such report covers are left out.
     */
    Map<Long, NewReport> waitingFor(Collection<Long> activityIds);

    /**
     * A report sent and not yet reviewed: its period and institution, when it was sent and whether it was sent again
     * after corrections; {@code path} opens it.
     */
    record NewReport(long periodId, String periodLabel, long institutionId, String institutionName,
            LocalDateTime submittedAt, boolean sentAgain) {

        public String path() {
            return "/reporting/" + periodId + "/institutions/" + institutionId;
        }
    }
}
