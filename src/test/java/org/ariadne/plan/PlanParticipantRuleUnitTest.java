package org.ariadne.plan;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which plans a person reads by participant (issue 19 item 2), before the territory narrows further. */
class PlanParticipantRuleUnitTest {

    @Test
    void aPersonOfAParticipantReadsThatParticipantsPlansOnly() {
        assertThat(TerritorialScope.sameParticipant(Optional.of(2L), 2L)).isTrue();
        assertThat(TerritorialScope.sameParticipant(Optional.of(2L), 1L)).isFalse();
        assertThat(TerritorialScope.sameParticipant(Optional.of(1L), 2L)).isFalse();
    }

    @Test
    void aPersonWorkingAcrossParticipantsReadsEveryParticipantsPlans() {
        assertThat(TerritorialScope.sameParticipant(Optional.empty(), 1L)).isTrue();
        assertThat(TerritorialScope.sameParticipant(Optional.empty(), 2L)).isTrue();
    }

    @Test
    void largeParticipantNumbersAreComparedByValue() {
        // not by the identity of boxed numbers, which is the same only for small ones
        assertThat(TerritorialScope.sameParticipant(Optional.of(Long.valueOf(100_000L)), 100_000L)).isTrue();
    }
}
