package org.ariadne.reportingcycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.Frequency;

/**
 * The periods an indicator's values are collected for inside one reporting period: a monthly indicator has three
 * values in a quarterly report, a quarterly one has one, a yearly one only appears in the report of the period
 * in which its year ends. Periods are aligned on the calendar year.
 */
@org.springframework.modulith.NamedInterface("api")
public final class CollectionPeriods {

    private CollectionPeriods() {
    }

    public record Span(LocalDate startsOn, LocalDate endsOn) {
    }

    public static List<Span> within(Frequency frequency, PeriodLength reportingLength, LocalDate start, LocalDate end) {
        int months = frequency == null ? reportingLength.months() : switch (frequency) {
            case MONTHLY -> 1;
            case BI_MONTHLY -> 2;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            case YEARLY -> 12;
        };
        var spans = new ArrayList<Span>();
        // the first collection period that ends inside the reporting period starts at most a year before it
        var cursor = LocalDate.of(start.getYear() - 1, 1, 1);
        while (!cursor.isAfter(end)) {
            var spanEnd = cursor.plusMonths(months).minusDays(1);
            if (!spanEnd.isBefore(start) && !spanEnd.isAfter(end)) {
                spans.add(new Span(cursor, spanEnd));
            }
            cursor = cursor.plusMonths(months);
        }
        return spans;
    }
}
