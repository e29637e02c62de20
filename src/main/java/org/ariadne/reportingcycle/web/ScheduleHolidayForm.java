package org.ariadne.reportingcycle.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A public holiday as the holidays form sends it. */
public record ScheduleHolidayForm(
        @NotNull(message = "{validation.required}") LocalDate day,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name) {

    static ScheduleHolidayForm empty() {
        return new ScheduleHolidayForm(null, null);
    }
}
