package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as the list shows it: when, what, how many came, how many decisions and open actions. */
public record MeetingSummary(long id, MeetingKind kind, String title, LocalDate heldOn, LocalTime startsAt,
        String place, String committee, int attendance, int decisions, int openActions) {
}
