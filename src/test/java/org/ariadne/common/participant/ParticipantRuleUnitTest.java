package org.ariadne.common.participant;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theGuardLetsAPersonOpenTheirOwnParticipantsRecordAndRefusesAnothers() throws Exception {
        // ids past 127: two equal Long values are then two objects
        var owners = Map.of(1_000L, 1_000L, 2_000L, 2_000L);
        ParticipantOwnership plans = () -> Map.of("planId",
                (id, address) -> Optional.ofNullable(owners.get(Long.valueOf(id))));
        var guard = new ParticipantGuard(new ParticipantScope(), List.of(plans));
        ParticipantMember person = () -> Long.valueOf(1_000L);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(person, null, List.of()));
        var handler = new HandlerMethod(this, getClass().getDeclaredMethod("signOut"));

        assertThat(guard.preHandle(plan("1000"), new MockHttpServletResponse(), handler)).isTrue();
        assertThat(guard.preHandle(plan("999"), new MockHttpServletResponse(), handler)).as("no such plan").isTrue();
        assertThatThrownBy(() -> guard.preHandle(plan("2000"), new MockHttpServletResponse(), handler))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAddressNoModuleAnswersForIsRefused() throws Exception {
        var guard = new ParticipantGuard(new ParticipantScope(), List.of());
        ParticipantMember person = () -> 1L;
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(person, null, List.of()));
        var handler = new HandlerMethod(this, getClass().getDeclaredMethod("signOut"));
        assertThatThrownBy(() -> guard.preHandle(plan("1"), new MockHttpServletResponse(), handler))
                .isInstanceOf(NotFoundException.class);
    }

    private static MockHttpServletRequest plan(String id) {
        var request = new MockHttpServletRequest("GET", "/plans/" + id);
        request.setAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE, "/plans/{planId}");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("planId", id));
        return request;
    }

    @Test
    void thePublicPortalIsReadByEveryone() {
        assertThat(ParticipantGuard.isPublic("/portal/plans/{planId}")).isTrue();
        assertThat(ParticipantGuard.isPublic("/api/v1/published/plans/{planId}/figures")).isTrue();
        assertThat(ParticipantGuard.isPublic("/plans/{planId}/publication")).isFalse();
    }
}
