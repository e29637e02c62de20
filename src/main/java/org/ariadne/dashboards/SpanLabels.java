package org.ariadne.dashboards;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Short names of collection periods for chart axes and tables: "2024-03" for a month, "2024-Q1", "2024-H2",
 * "2024" for a year, and both dates for anything else.
 */
final class SpanLabels {

    private SpanLabels() {
    }

    static String of(LocalDate startsOn, LocalDate endsOn) {
        boolean wholeMonths = startsOn.getDayOfMonth() == 1 && endsOn.equals(endsOn.with(TemporalAdjusters.lastDayOfMonth()))
                && startsOn.getYear() == endsOn.getYear();
        if (wholeMonths) {
            int first = startsOn.getMonthValue();
            int months = endsOn.getMonthValue() - first + 1;
            if (months == 1) {
                return String.format(java.util.Locale.ROOT, "%d-%02d", startsOn.getYear(), first);
            }
            if (months == 3 && (first - 1) % 3 == 0) {
                return startsOn.getYear() + "-Q" + ((first - 1) / 3 + 1);
            }
            if (months == 6 && (first - 1) % 6 == 0) {
                return startsOn.getYear() + "-H" + ((first - 1) / 6 + 1);
            }
            if (months == 12) {
                return Integer.toString(startsOn.getYear());
            }
        }
        return startsOn + " – " + endsOn;
    }
}
