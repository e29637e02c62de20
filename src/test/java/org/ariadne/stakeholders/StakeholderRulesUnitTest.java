package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stakeholder rules, one by one: the grid's quadrants, a round's window, a link's life, a disposition's reason. */
class StakeholderRulesUnitTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 21);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 10, 0);

    @Test
    void eachQuadrantOfTheGridHasItsUsualApproachAndThreeCountsAsHigh() {
        assertThat(EngagementApproach.suggestedFor(5, 5)).isEqualTo(EngagementApproach.MANAGE_CLOSELY);
        assertThat(EngagementApproach.suggestedFor(3, 3)).isEqualTo(EngagementApproach.MANAGE_CLOSELY);
        assertThat(EngagementApproach.suggestedFor(1, 5)).isEqualTo(EngagementApproach.KEEP_SATISFIED);
        assertThat(EngagementApproach.suggestedFor(5, 2)).isEqualTo(EngagementApproach.KEEP_INFORMED);
        assertThat(EngagementApproach.suggestedFor(2, 2)).isEqualTo(EngagementApproach.MONITOR);
        assertThat(new PlacementCommand(1L, 1, 1, EngagementApproach.KEEP_INFORMED, "x").approachOrSuggested())
                .as("the office's own choice stands").isEqualTo(EngagementApproach.KEEP_INFORMED);
    }

    @Test
    void aRoundTakesCommentsFromItsOpeningToItsClosingDayAndNeverOnceClosed() {
        var round = round();
        assertThat(round.takesCommentsOn(OPENS.minusDays(1))).isFalse();
        assertThat(round.takesCommentsOn(OPENS)).isTrue();
        assertThat(round.takesCommentsOn(CLOSES)).isTrue();
        assertThat(round.takesCommentsOn(CLOSES.plusDays(1))).isFalse();
        assertThatThrownBy(() -> round.checkTakesCommentsOn(OPENS.minusDays(1)))
                .hasFieldOrPropertyWithValue("messageKey", "stakeholders.refused.round-not-open");

        round.close(OPENS.plusDays(5), NOW);
        assertThat(round.takesCommentsOn(OPENS.plusDays(6))).isFalse();
        assertThatThrownBy(() -> round.checkTakesCommentsOn(OPENS.plusDays(6)))
                .hasFieldOrPropertyWithValue("messageKey", "stakeholders.refused.round-closed");
        assertThatThrownBy(() -> round.close(OPENS.plusDays(7), NOW))
                .hasFieldOrPropertyWithValue("messageKey", "stakeholders.refused.already-closed");
    }

    @Test
    void aLinkAnswersUntilItIsUsedWithdrawnOrItsRoundCloses() {
        var round = round();
        var link = ConsultationLink.issue(1L, new OutsideCommand("NGO", "ngo@example.org"), "hash", NOW);
        assertThat(link.stateFor(round, OPENS)).isEqualTo(LinkState.ISSUED);
        assertThat(link.stateFor(round, CLOSES.plusDays(1))).isEqualTo(LinkState.EXPIRED);
        link.use(NOW);
        assertThat(link.stateFor(round, OPENS)).isEqualTo(LinkState.USED);
        assertThatThrownBy(link::revoke).hasFieldOrPropertyWithValue("messageKey",
                "stakeholders.refused.link-not-revocable");

        var other = ConsultationLink.issue(1L, new OutsideCommand("NGO", "ngo@example.org"), "other", NOW);
        other.revoke();
        assertThat(other.stateFor(round, OPENS)).isEqualTo(LinkState.REVOKED);
        round.close(OPENS, NOW);
        var third = ConsultationLink.issue(1L, new OutsideCommand("NGO", "ngo@example.org"), "third", NOW);
        assertThat(third.stateFor(round, OPENS)).isEqualTo(LinkState.EXPIRED);
    }

    @Test
    void aTokenIsStoredOnlyAsItsSha256AndAnythingElseIsNotATokenAtAll() {
        var token = LinkTokens.newToken();
        assertThat(LinkTokens.wellFormed(token)).isTrue();
        assertThat(LinkTokens.hash(token)).hasSize(64).isNotEqualTo(token).isEqualTo(LinkTokens.hash(token));
        assertThat(LinkTokens.newToken()).isNotEqualTo(token);
        assertThat(LinkTokens.wellFormed("../../etc/passwd")).isFalse();
        assertThat(LinkTokens.wellFormed(token + "x")).isFalse();
    }

    @Test
    void aCommentPartlyAcceptedOrRejectedNeedsAReasonAndAcceptedNeedsNone() {
        var comment = ConsultationComment.byInstitution(1L, "a-1", 2L, "Arta", " Add the crossings ", NOW);
        assertThatThrownBy(() -> comment.dispose(new DispositionCommand(Disposition.REJECTED, "  ", null), "Officer", NOW))
                .hasFieldOrPropertyWithValue("messageKey", "stakeholders.refused.reason-required")
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> comment.dispose(new DispositionCommand(Disposition.PARTLY_ACCEPTED, null, null),
                "Officer", NOW)).hasFieldOrPropertyWithValue("messageKey", "stakeholders.refused.reason-required");
        comment.dispose(new DispositionCommand(Disposition.ACCEPTED, null, "Added"), "Officer", NOW);
        assertThat(comment.disposition()).isEqualTo(Disposition.ACCEPTED);
        assertThat(comment.audited(null, 1L, "Police").auditState()).containsEntry("text", "Add the crossings")
                .containsEntry("disposition", "ACCEPTED");
    }

    @Test
    void theOutsideLinesOfTheOpeningFormSkipEmptyOnesAndKeepHalfFilledOnes() {
        var command = new RoundCommand("Round", null, OPENS, CLOSES, Set.of(), List.of("NGO", "", "Half"),
                List.of("ngo@example.org", "", ""));
        assertThat(command.outside()).extracting(OutsideCommand::organisation).containsExactly("NGO", "Half");
    }

    private static ConsultationRound round() {
        return ConsultationRound.open(1L, new RoundCommand("Round", null, OPENS, CLOSES, Set.of(7L), List.of(),
                List.of()), List.of(new ElementView("a-1", ElementKind.ACTIVITY, "A1.1.1", "Train", 2)), NOW);
    }
}
