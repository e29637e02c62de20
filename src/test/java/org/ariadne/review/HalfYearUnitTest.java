package org.ariadne.review;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HalfYearUnitTest {

    @Test
    void aHalfYearIsReadFromItsLabelAndCoversItsSixMonths() {
        var second = HalfYear.of("2026-h2");

        assertThat(second.label()).isEqualTo("2026-H2");
        assertThat(second.startsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(second.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(second.contains(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(second.previous()).isEqualTo(HalfYear.of("2026-H1"));
        assertThat(second.next()).isEqualTo(HalfYear.of("2027-H1"));
        assertThat(HalfYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(HalfYear.of("2026-H1"));
    }

    @Test
    void anythingElseIsNotAHalfYear() {
        assertThat(HalfYear.parse("2026-H3")).isEmpty();
        assertThat(HalfYear.parse("H1 2026")).isEmpty();
        assertThat(HalfYear.parse(null)).isEmpty();
    }

    @Test
    void labelsSortInTimeOrderAsText() {
        var halves = HalfYear.between(2025, 2026);

        assertThat(halves).extracting(HalfYear::label).containsExactly("2025-H1", "2025-H2", "2026-H1", "2026-H2")
                .isSorted();
    }
}
