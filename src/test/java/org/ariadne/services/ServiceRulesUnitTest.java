package org.ariadne.services;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A directory entry needs an update once it has not been brought up to date for more than a year. */
class ServiceRulesUnitTest {

    @Test
    void anEntryOlderThanAYearNeedsAnUpdateAndOneOfExactlyAYearDoesNot() {
        var today = LocalDate.of(2026, 6, 15);
        assertThat(SupportService.needsUpdate(today.minusYears(1), today)).isFalse();
        assertThat(SupportService.needsUpdate(today.minusYears(1).minusDays(1), today)).isTrue();
        assertThat(SupportService.needsUpdate(today, today)).isFalse();
    }
}
