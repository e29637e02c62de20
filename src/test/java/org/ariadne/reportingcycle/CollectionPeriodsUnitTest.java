package org.ariadne.reportingcycle;

import java.time.LocalDate;

import org.ariadne.plan.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The collection periods of an indicator inside a reporting period: those that end in it, on the calendar year. */
class CollectionPeriodsUnitTest {

    private static final LocalDate Q1_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);
    private static final LocalDate Q2_START = LocalDate.of(2024, 4, 1);
    private static final LocalDate Q2_END = LocalDate.of(2024, 6, 30);
    private static final LocalDate Q4_START = LocalDate.of(2024, 10, 1);
    private static final LocalDate Q4_END = LocalDate.of(2024, 12, 31);

    private static CollectionPeriods.Span span(String start, String end) {
        return new CollectionPeriods.Span(LocalDate.parse(start), LocalDate.parse(end));
    }

    @Test
    void aMonthlyIndicatorHasThreeValuesInAQuarter() {
        assertThat(CollectionPeriods.within(Frequency.MONTHLY, PeriodLength.QUARTERLY, Q1_START, Q1_END)).containsExactly(
                span("2024-01-01", "2024-01-31"), span("2024-02-01", "2024-02-29"), span("2024-03-01", "2024-03-31"));
    }

    @Test
    void aQuarterlyIndicatorHasOneValueInAQuarter() {
        assertThat(CollectionPeriods.within(Frequency.QUARTERLY, PeriodLength.QUARTERLY, Q2_START, Q2_END))
                .containsExactly(span("2024-04-01", "2024-06-30"));
    }

    @Test
    void aLongerPeriodAppearsOnlyInTheReportInWhichItEnds() {
        assertThat(CollectionPeriods.within(Frequency.YEARLY, PeriodLength.QUARTERLY, Q1_START, Q1_END)).isEmpty();
        assertThat(CollectionPeriods.within(Frequency.YEARLY, PeriodLength.QUARTERLY, Q4_START, Q4_END))
                .containsExactly(span("2024-01-01", "2024-12-31"));
        assertThat(CollectionPeriods.within(Frequency.HALF_YEARLY, PeriodLength.QUARTERLY, Q1_START, Q1_END)).isEmpty();
        assertThat(CollectionPeriods.within(Frequency.HALF_YEARLY, PeriodLength.QUARTERLY, Q2_START, Q2_END))
                .containsExactly(span("2024-01-01", "2024-06-30"));
        // January-February ends in the first quarter, March-April in the second
        assertThat(CollectionPeriods.within(Frequency.BI_MONTHLY, PeriodLength.QUARTERLY, Q1_START, Q1_END))
                .containsExactly(span("2024-01-01", "2024-02-29"));
    }

    @Test
    void anIndicatorWithoutFrequencyFollowsTheReportingPeriod() {
        assertThat(CollectionPeriods.within(null, PeriodLength.QUARTERLY, Q2_START, Q2_END))
                .containsExactly(span("2024-04-01", "2024-06-30"));
        assertThat(CollectionPeriods.within(null, PeriodLength.HALF_YEARLY, Q1_START, Q2_END))
                .containsExactly(span("2024-01-01", "2024-06-30"));
    }

    @Test
    void aMonthlyReportHoldsOneMonthOfAMonthlyIndicator() {
        assertThat(CollectionPeriods.within(Frequency.MONTHLY, PeriodLength.MONTHLY, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29))).containsExactly(span("2024-02-01", "2024-02-29"));
        assertThat(CollectionPeriods.within(Frequency.QUARTERLY, PeriodLength.MONTHLY, LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29))).isEmpty();
    }
}
