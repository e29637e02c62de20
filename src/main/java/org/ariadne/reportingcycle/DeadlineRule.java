package org.ariadne.reportingcycle;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * When a period's report is due: {@code days} calendar days after the period ends ("15 days after the quarter"),
 * or the {@code days}-th working day of the month after it ("5th working day"), skipping weekends and holidays.
 */
public record DeadlineRule(Kind kind, int days) {

    public enum Kind {
        DAYS_AFTER, WORKING_DAY;

        public String messageKey() {
            return "reporting.deadline." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public DeadlineRule {
        if (days < 1 || days > 60) {
            throw new IllegalArgumentException("deadline days must be between 1 and 60: " + days);
        }
    }

    public LocalDate deadline(LocalDate periodEnd, Set<LocalDate> holidays) {
        if (kind == Kind.DAYS_AFTER) {
            return periodEnd.plusDays(days);
        }
        var day = periodEnd.plusDays(1);
        int working = 0;
        while (true) {
            if (isWorkingDay(day, holidays) && ++working == days) {
                return day;
            }
            day = day.plusDays(1);
        }
    }

    private static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }
}
