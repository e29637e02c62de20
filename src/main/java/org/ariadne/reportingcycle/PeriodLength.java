package org.ariadne.reportingcycle;

import java.time.LocalDate;
import java.util.Locale;

/** How long a reporting period is: quarterly by default (seed 002). */
public enum PeriodLength {
    MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

    private final int months;

    PeriodLength(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The first day of the period that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        int month = ((day.getMonthValue() - 1) / months) * months + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }

    /** "2016-Q2", "2016-H1", "2016-03", "2016". */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEARLY -> start.getYear() + "-H" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> String.valueOf(start.getYear());
        };
    }

    public String messageKey() {
        return "reporting.period-length." + name().toLowerCase(Locale.ROOT);
    }
}
