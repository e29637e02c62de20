package org.ariadne.recommendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tracker's rules: texts and languages, the reason, overdue follow-ups, management responses to closure. */
class RecommendationRulesUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static RecommendationCommand command(String en, String other, String otherText, RecommendationStatus status,
            String reason) {
        return new RecommendationCommand(en, "", other, otherText, "§ 1", null, Priority.HIGH, List.of(), status, reason,
                null);
    }

    private static List<String> refusals(RecommendationCommand command) {
        return RecommendationRules.check(command).stream().map(RecommendationException::messageKey).toList();
    }

    @Test
    void aRecommendationNeedsATextInSomeLanguageAndAThirdLanguageNeedsACode() {
        assertThat(refusals(command("Text", "", "", RecommendationStatus.NOT_ADDRESSED, null))).isEmpty();
        assertThat(refusals(command("", "mk", "Текст", RecommendationStatus.NOT_ADDRESSED, null))).isEmpty();
        assertThat(refusals(command("", "", "", RecommendationStatus.NOT_ADDRESSED, null)))
                .containsExactly("recommendations.refused.text");
        assertThat(refusals(command("Text", "", "Tekst", RecommendationStatus.NOT_ADDRESSED, null)))
                .containsExactly("recommendations.refused.language-missing");
        assertThat(refusals(command("Text", "serbian", "Tekst", RecommendationStatus.NOT_ADDRESSED, null)))
                .containsExactly("recommendations.refused.language-code");
        assertThat(refusals(command("Text", "sq", "Tekst", RecommendationStatus.NOT_ADDRESSED, null)))
                .containsExactly("recommendations.refused.language-twice");
        assertThat(command("Text", "SR", "Tekst", RecommendationStatus.NOT_ADDRESSED, null).texts())
                .containsOnlyKeys("en", "sr");
    }

    @Test
    void noLongerRelevantOnlyWithAReason() {
        assertThat(refusals(command("Text", "", "", RecommendationStatus.NO_LONGER_RELEVANT, " ")))
                .containsExactly("recommendations.refused.status-reason");
        assertThat(refusals(command("Text", "", "", RecommendationStatus.NO_LONGER_RELEVANT, "Law repealed"))).isEmpty();
    }

    @Test
    void aFollowUpIsOverdueWhenTheDueDateHasPassedWithoutANoteForItsYear() {
        var due = LocalDate.of(2025, 12, 31);
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.PARTLY, due, Set.of(), TODAY)).isTrue();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.PARTLY, due, Set.of(2024), TODAY)).isTrue();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.PARTLY, due, Set.of(2025), TODAY)).isFalse();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.PARTLY, TODAY, Set.of(), TODAY)).isFalse();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.PARTLY, null, Set.of(), TODAY)).isFalse();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.FULLY, due, Set.of(), TODAY)).isFalse();
        assertThat(RecommendationRules.followUpOverdue(RecommendationStatus.NO_LONGER_RELEVANT, due, Set.of(), TODAY))
                .isFalse();
    }

    @Test
    void aRejectionSaysWhyAnAcceptanceNamesItsActionAndDoneNeedsAClosingNote() {
        assertThatThrownBy(() -> RecommendationRules.refuse(new ResponseCommand(ResponseDecision.REJECTED, "", null,
                null, null, ResponseStatus.OPEN, null)))
                .hasFieldOrPropertyWithValue("field", "reason");
        assertThatThrownBy(() -> RecommendationRules.refuse(new ResponseCommand(ResponseDecision.ACCEPTED, null, " ",
                null, null, ResponseStatus.OPEN, null)))
                .hasFieldOrPropertyWithValue("field", "action");
        assertThatThrownBy(() -> RecommendationRules.refuse(new ResponseCommand(ResponseDecision.PARTLY_ACCEPTED, null,
                "Audit", null, null, ResponseStatus.DONE, "")))
                .hasFieldOrPropertyWithValue("field", "closingNote");
        RecommendationRules.refuse(new ResponseCommand(ResponseDecision.REJECTED, "Out of mandate", null, null, null,
                ResponseStatus.OPEN, null));
    }

    @Test
    void aResponseIsClosedWithTheDayItWasDoneAndReopenedWithoutIt() {
        var now = TODAY.atTime(10, 0);
        var response = ManagementResponse.create(1, new ResponseCommand(ResponseDecision.ACCEPTED, null, "Audit", null,
                TODAY.minusDays(1), ResponseStatus.OPEN, null), TODAY, now);
        assertThat(response.view(null, TODAY).overdue()).isTrue();
        response.progress(ResponseStatus.DONE, "Audited", TODAY, now);
        assertThat(response.view(null, TODAY).closedOn()).isEqualTo(TODAY);
        assertThat(response.view(null, TODAY).overdue()).isFalse();
        response.progress(ResponseStatus.IN_PROGRESS, null, TODAY.plusDays(2), now);
        assertThat(response.view(null, TODAY.plusDays(2)).closedOn()).isNull();
        assertThat(response.view(null, TODAY.plusDays(2)).overdue()).isTrue();
        assertThatThrownBy(() -> response.progress(ResponseStatus.DONE, " ", TODAY, now))
                .isInstanceOf(RecommendationException.class);
    }

    @Test
    void aRejectedResponseIsNeverOverdue() {
        assertThat(RecommendationRules.responseOverdue(ResponseDecision.REJECTED, ResponseStatus.OPEN,
                TODAY.minusYears(1), TODAY)).isFalse();
        assertThat(RecommendationRules.responseOverdue(ResponseDecision.ACCEPTED, ResponseStatus.IN_PROGRESS,
                TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(RecommendationRules.responseOverdue(ResponseDecision.ACCEPTED, ResponseStatus.OPEN, TODAY, TODAY))
                .isFalse();
    }

    @Test
    void paragraphsAreInReadingOrderAndImportHeadersAreReadInBothLanguages() {
        assertThat(List.of("§ 10", "§ 9", "12a", "12").stream().sorted(java.util.Comparator.comparing(ParagraphOrder::key))
                .toList()).containsExactly("§ 9", "§ 10", "12", "12a");
        assertThat(RecommendationImports.header("Rekomandimi")).isEqualTo(RecommendationImports.Column.TEXT);
        assertThat(RecommendationImports.header("Nr.")).isEqualTo(RecommendationImports.Column.PARAGRAPH);
        assertThat(RecommendationImports.header("Përparësia")).isEqualTo(RecommendationImports.Column.PRIORITY);
        assertThat(RecommendationImports.header("Institucionet")).isEqualTo(RecommendationImports.Column.INSTITUTIONS);
        assertThat(RecommendationImports.header("Addressed to")).isEqualTo(RecommendationImports.Column.INSTITUTIONS);
        assertThat(RecommendationImports.header("Gjuha")).isEqualTo(RecommendationImports.Column.LANGUAGE);
        assertThat(RecommendationImports.priority("e lartë")).isEqualTo(Priority.HIGH);
        assertThat(RecommendationImports.priority("urgent")).isNull();
        assertThat(RecommendationImports.looksLikeFormula("=SUM(A1)")).isTrue();
        assertThat(RecommendationImports.looksLikeFormula("@cmd")).isTrue();
        assertThat(RecommendationImports.looksLikeFormula("- a bullet")).isFalse();
        assertThat(RecommendationImports.looksLikeFormula("Ensure")).isFalse();
    }
}
