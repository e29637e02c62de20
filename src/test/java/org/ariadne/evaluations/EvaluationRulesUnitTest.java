package org.ariadne.evaluations;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The evaluation's rules, one test each: the access window, the rating scale, the status steps and the final lock. */
class EvaluationRulesUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 10, 0);

    @Test
    void aWindowCoversItsFirstAndLastDayAndNothingOutside() {
        var window = new AccessWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(window.covers(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(window.covers(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(window.covers(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(window.covers(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(window.closedBy(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(window.closedBy(LocalDate.of(2026, 3, 31))).isFalse();
    }

    @Test
    void aWindowEndingBeforeItBeginsOrWithoutDaysIsRefused() {
        assertThatThrownBy(() -> new AccessWindow(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("evaluations.refused.window-reversed");
        assertThatThrownBy(() -> new AccessWindow(null, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("evaluations.refused.window-missing");
        assertThat(new AccessWindow(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))
                .covers(LocalDate.of(2026, 3, 1))).as("a one-day window").isTrue();
    }

    @Test
    void theRatingScaleHasFourPointsFromHighlySatisfactoryToUnsatisfactory() {
        assertThat(Arrays.stream(Rating.values()).map(Rating::score)).containsExactly(4, 3, 2, 1);
        assertThat(Arrays.stream(Rating.values()).filter(Rating::unsatisfactory))
                .containsExactly(Rating.PARTLY_UNSATISFACTORY, Rating.UNSATISFACTORY);
        assertThat(Rating.SATISFACTORY.meaningKey()).isEqualTo("evaluations.rating.SATISFACTORY.meaning");
    }

    @Test
    void theSixOecdDacCriteriaAreReadByTheirCodes() {
        assertThat(Arrays.stream(Criterion.values()).map(Criterion::code)).containsExactly("relevance", "coherence",
                "effectiveness", "efficiency", "impact", "sustainability");
        assertThat(Criterion.ofCode("Effectiveness")).contains(Criterion.EFFECTIVENESS);
        assertThat(Criterion.ofCode("timeliness")).isEmpty();
    }

    @Test
    void theStatusMovesOneStepAtATimeAndNotBackOnceFinal() {
        assertThat(EvaluationStatus.PLANNED.next()).containsExactly(EvaluationStatus.IN_PROGRESS);
        assertThat(EvaluationStatus.DRAFT_REPORT.next()).containsExactly(EvaluationStatus.IN_PROGRESS,
                EvaluationStatus.FINAL);
        assertThat(EvaluationStatus.FINAL.next()).containsExactly(EvaluationStatus.RESPONSE_DONE);
        assertThat(EvaluationStatus.RESPONSE_DONE.next()).isEmpty();
        assertThat(EvaluationStatus.PLANNED.mayMoveTo(EvaluationStatus.FINAL)).isFalse();
        assertThat(EvaluationStatus.FINAL.locked()).isTrue();
        assertThat(EvaluationStatus.DRAFT_REPORT.locked()).isFalse();
        assertThat(EvaluationStatus.RESPONSE_DONE.readByMembers()).isTrue();
        assertThat(EvaluationStatus.IN_PROGRESS.readByMembers()).isFalse();
    }

    @Test
    void aSkippedStepIsRefusedAndTheCoordinatorMayOnlyMarkFinal() {
        var evaluation = Evaluation.create(command(null, null, null), false, NOW);
        assertThatThrownBy(() -> evaluation.moveTo(EvaluationStatus.DRAFT_REPORT, false, NOW))
                .hasMessageContaining("evaluations.refused.status-step");
        evaluation.moveTo(EvaluationStatus.IN_PROGRESS, false, NOW);
        assertThatThrownBy(() -> evaluation.moveTo(EvaluationStatus.DRAFT_REPORT, true, NOW))
                .hasMessageContaining("evaluations.refused.only-final");
        evaluation.moveTo(EvaluationStatus.DRAFT_REPORT, false, NOW);
        evaluation.moveTo(EvaluationStatus.FINAL, true, NOW);
        assertThat(evaluation.status()).isEqualTo(EvaluationStatus.FINAL);
        assertThatThrownBy(() -> evaluation.moveTo(EvaluationStatus.DRAFT_REPORT, false, NOW))
                .hasMessageContaining("evaluations.refused.status-step");
    }

    @Test
    void onceFinalTheContentIsLocked() {
        var evaluation = Evaluation.create(command(null, null, null), false, NOW);
        evaluation.refuseLocked();
        evaluation.moveTo(EvaluationStatus.IN_PROGRESS, false, NOW);
        evaluation.moveTo(EvaluationStatus.DRAFT_REPORT, false, NOW);
        evaluation.moveTo(EvaluationStatus.FINAL, false, NOW);
        assertThatThrownBy(evaluation::refuseLocked).hasMessageContaining("evaluations.refused.locked");
    }

    @Test
    void theDatesMustComeInOrderAndEveryBrokenRuleIsToldAtOnce() {
        assertThatThrownBy(() -> Evaluation.check(new EvaluationCommand(1L, null, EvaluationKind.FINAL, "T", null,
                null, true, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), LocalDate.of(2021, 5, 1), null,
                LocalDate.of(2021, 4, 1), null)))
                .isInstanceOfSatisfying(EvaluationException.class, refused -> assertThat(refused.each())
                        .extracting(e -> e.messageKey()).containsExactly("evaluations.refused.period-reversed",
                                "evaluations.refused.dates-order"));
        Evaluation.check(command(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 1)));
    }

    @Test
    void aRatingNeedsTheJudgementThatExplainsIt() {
        var assessment = CriterionAssessment.of(1, Criterion.IMPACT);
        assertThatThrownBy(() -> assessment.assess("  ", Rating.SATISFACTORY, List.of(), "eval", NOW))
                .hasMessageContaining("evaluations.refused.rating-missing");
        assessment.assess("Evidence first", null, List.of(), "eval", NOW);
        assertThat(assessment.judgement()).isEqualTo("Evidence first");
    }

    @Test
    void onlyPlainPdfAndWordFilesWithinTheLimitAreKept() {
        var pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(UploadedFiles.check("a.pdf", pdf, 1000)).isEqualTo(org.ariadne.common.upload.FileContents.Kind.PDF);
        assertThatThrownBy(() -> UploadedFiles.check("a.pdf", new byte[0], 1000))
                .hasMessageContaining("evaluations.refused.file-empty");
        assertThatThrownBy(() -> UploadedFiles.check("a.pdf", pdf, 5))
                .hasMessageContaining("evaluations.refused.file-too-large");
        assertThatThrownBy(() -> UploadedFiles.check("a.exe", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
                1000)).hasMessageContaining("evaluations.refused.file-type");
        assertThatThrownBy(() -> UploadedFiles.check("a.pdf", "%PDF-1.4 /Launch /F (cmd.exe)".getBytes(
                StandardCharsets.US_ASCII), 1000)).hasMessageContaining("evaluations.refused.file-macros");
        assertThat(UploadedFiles.displayName("C:\\Users\\x\\report\u0007.pdf")).isEqualTo("report.pdf");
    }

    private static EvaluationCommand command(LocalDate start, LocalDate draft, LocalDate last) {
        return new EvaluationCommand(1L, null, EvaluationKind.MID_TERM, "Evaluation", null, null, true, null, null,
                start, draft, last, null);
    }
}
