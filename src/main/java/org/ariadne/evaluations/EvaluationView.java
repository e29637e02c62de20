package org.ariadne.evaluations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One evaluation as its page, the matrix download and the report to the government read it, with what the reader may
 * do with it ({@link Permissions}).
 */
public record EvaluationView(long id, int version, long planId, String planTitle, Long strategicObjectiveId,
        String partLabel, EvaluationKind kind, String title, String commissionedBy, String evaluatorOrganisation,
        boolean independent, LocalDate periodFrom, LocalDate periodUntil, LocalDate startsOn, LocalDate draftReportOn,
        LocalDate finalReportOn, EvaluationStatus status, String termsOfReference, boolean demo, List<Member> team,
        List<CriterionRow> criteria, List<QuestionRow> questions, List<StatementRow> findings,
        List<StatementRow> conclusions, List<RecommendationRow> recommendations, List<FileRow> files,
        Permissions may) {

    /** An evaluator on the team, and whether their window is open today. */
    public record Member(long id, int version, String username, String fullName, LocalDate accessFrom,
            LocalDate accessUntil, boolean open, boolean closed) {
    }

    /** A criterion's judgement, rating, evidence and questions. */
    public record CriterionRow(Criterion criterion, int version, String judgement, Rating rating,
            List<EvidenceRow> evidence, List<QuestionRow> questions, LocalDateTime updatedAt) {

        public boolean assessed() {
            return rating != null;
        }

        public List<String> evidenceReferences() {
            return evidence.stream().map(EvidenceRow::reference).toList();
        }
    }

    /** One piece of evidence, with the page it opens (null when there is none). */
    public record EvidenceRow(EvidenceKind kind, String reference, String label, String url) {
    }

    public record QuestionRow(long id, Criterion criterion, int number, String text) {
    }

    public record StatementRow(long id, StatementKind kind, int number, String text, Criterion criterion) {
    }

    public record RecommendationRow(long id, String reference, String text, String language, Criterion criterion,
            Priority priority, LocalDate madeOn) {
    }

    public record FileRow(long id, FileKind kind, Criterion criterion, String fileName, long bytes, String uploadedBy,
            LocalDateTime uploadedAt) {
    }

    /**
     * What the reader may do: {@code manage} the summary and the team (the M&amp;E officer), {@code work} on the content
     * (the officer, or an evaluator of the team inside their window, while the evaluation is not final),
     * {@code statuses} it may be moved to by them.
     */
    public record Permissions(boolean manage, boolean work, List<EvaluationStatus> statuses) {
    }

    public List<FileRow> files(FileKind kind) {
        return files.stream().filter(file -> file.kind() == kind).toList();
    }

    public List<QuestionRow> questions(Criterion criterion) {
        return questions.stream().filter(question -> question.criterion() == criterion).toList();
    }

    public CriterionRow criterion(Criterion criterion) {
        return criteria.stream().filter(row -> row.criterion() == criterion).findFirst().orElseThrow();
    }

    public EvaluationCommand toCommand() {
        return new EvaluationCommand(planId, strategicObjectiveId, kind, title, commissionedBy, evaluatorOrganisation,
                independent, periodFrom, periodUntil, startsOn, draftReportOn, finalReportOn, termsOfReference);
    }
}
