package org.ariadne.coordination;

import java.time.YearMonth;

/** A local committee's monthly report as the list and the form read it. */
public record CommitteeReportView(long id, int version, long committeeId, String committee, YearMonth month,
        int activitiesHeld, String activities, int casesReferred, String problems) {

    public CommitteeReportCommand toCommand() {
        return new CommitteeReportCommand(committeeId, month, activitiesHeld, activities, casesReferred, problems);
    }
}
