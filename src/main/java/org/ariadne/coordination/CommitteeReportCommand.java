package org.ariadne.coordination;

import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A local committee's report of one month (seed 003): what it held, how many cases it referred, what went wrong. */
public record CommitteeReportCommand(
        @NotNull(message = "{validation.required}") Long committeeId,
        @NotNull(message = "{validation.required}") YearMonth month,
        @NotNull(message = "{validation.required}") Integer activitiesHeld,
        @Size(max = 4000, message = "{validation.size.max}") String activities,
        @NotNull(message = "{validation.required}") Integer casesReferred,
        @Size(max = 4000, message = "{validation.size.max}") String problems) {

    public static CommitteeReportCommand empty(Long committeeId, YearMonth month) {
        return new CommitteeReportCommand(committeeId, month, null, "", null, "");
    }
}
