package org.ariadne.common.participant;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The participant rule and how the guard reads an address (issue 19). */
class ParticipantRuleUnitTest {

    @Test
    void aPersonOfOneParticipantSeesThatParticipantsRecordsOnly() {
        assertThat(ParticipantScope.visible(Optional.of(2L), 2)).isTrue();
        assertThat(ParticipantScope.visible(Optional.of(2L), 1)).isFalse();
    }

    @Test
    void someoneAcrossParticipantsSeesEveryParticipantsRecords() {
        assertThat(ParticipantScope.visible(Optional.empty(), 1)).isTrue();
        assertThat(ParticipantScope.visible(Optional.empty(), 7)).isTrue();
    }

    @Test
    void namedVariablesAreTheirOwnKeyAndGenericOnesTheAddressUpToThem() {
        assertThat(ParticipantGuard.keys("/plans/{planId}/operational-plans/{year}/lines/{lineId}")).containsExactly(
                new ParticipantGuard.Key("planId", "planId"), new ParticipantGuard.Key(null, "year"),
                new ParticipantGuard.Key("lineId", "lineId"));
        assertThat(ParticipantGuard.keys("/plans/{id}/areas/{areaId}/move")).containsExactly(
                new ParticipantGuard.Key("id", "/plans/{}"), new ParticipantGuard.Key("areaId", "areaId"));
        assertThat(ParticipantGuard.keys("/victim-data/cases/{id}/matches/{earlierId}/confirm")).containsExactly(
                new ParticipantGuard.Key("id", "/victim-data/cases/{}"), new ParticipantGuard.Key("earlierId", "earlierId"));
        assertThat(ParticipantGuard.keys("/reporting/{periodId}/institutions/{institutionId}.{format:csv|xlsx}"))
                .extracting(ParticipantGuard.Key::key).containsExactly("periodId", "institutionId", "format");
        assertThat(ParticipantGuard.keys("/strategic-objectives/{ownerId}/indicators/new"))
                .extracting(ParticipantGuard.Key::key).containsExactly("/strategic-objectives/{}");
    }

    @Test
    void thePublicPortalIsReadByEveryone() {
        assertThat(ParticipantGuard.isPublic("/portal/plans/{planId}")).isTrue();
        assertThat(ParticipantGuard.isPublic("/api/v1/published/plans/{planId}/figures")).isTrue();
        assertThat(ParticipantGuard.isPublic("/plans/{planId}/publication")).isFalse();
    }
}
