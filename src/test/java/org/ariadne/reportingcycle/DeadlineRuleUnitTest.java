package org.ariadne.reportingcycle;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a period's report is due: calendar days after the period, or the n-th working day after it. */
class DeadlineRuleUnitTest {

    private static final LocalDate END_OF_Q1 = LocalDate.of(2024, 3, 31); // a Sunday

    @Test
    void daysAfterCountsCalendarDaysWeekendsAndHolidaysIncluded() {
        var rule = new DeadlineRule(DeadlineRule.Kind.DAYS_AFTER, 15);

        assertThat(rule.deadline(END_OF_Q1, Set.of())).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(rule.deadline(END_OF_Q1, Set.of(LocalDate.of(2024, 4, 10)))).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(new DeadlineRule(DeadlineRule.Kind.DAYS_AFTER, 1).deadline(LocalDate.of(2024, 12, 31), Set.of()))
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void workingDaysSkipWeekends() {
        var rule = new DeadlineRule(DeadlineRule.Kind.WORKING_DAY, 5);

        // Monday 1 April is the first working day, Friday 5 April the fifth
        assertThat(rule.deadline(END_OF_Q1, Set.of())).isEqualTo(LocalDate.of(2024, 4, 5));
        // from Friday 28 June: Monday 1 July ... Friday 5 July
        assertThat(rule.deadline(LocalDate.of(2024, 6, 28), Set.of())).isEqualTo(LocalDate.of(2024, 7, 5));
        assertThat(new DeadlineRule(DeadlineRule.Kind.WORKING_DAY, 6).deadline(END_OF_Q1, Set.of()))
                .isEqualTo(LocalDate.of(2024, 4, 8));
    }

    @Test
    void workingDaysSkipHolidays() {
        var rule = new DeadlineRule(DeadlineRule.Kind.WORKING_DAY, 5);

        assertThat(rule.deadline(END_OF_Q1, Set.of(LocalDate.of(2024, 4, 1)))).isEqualTo(LocalDate.of(2024, 4, 8));
        // a holiday on a weekend moves nothing
        assertThat(rule.deadline(END_OF_Q1, Set.of(LocalDate.of(2024, 4, 6)))).isEqualTo(LocalDate.of(2024, 4, 5));
    }

    @Test
    void theNumberOfDaysIsBetweenOneAndSixty() {
        assertThatThrownBy(() -> new DeadlineRule(DeadlineRule.Kind.DAYS_AFTER, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeadlineRule(DeadlineRule.Kind.WORKING_DAY, 61))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeadlineRule(DeadlineRule.Kind.DAYS_AFTER, 60).deadline(END_OF_Q1, Set.of()))
                .isEqualTo(LocalDate.of(2024, 5, 30));
    }
}
