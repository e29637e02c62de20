package org.ariadne.evaluations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One evaluation of a plan or of a thematic part of it. It guards its own dates and its status steps. */
@Table("evaluation")
class Evaluation {

    static final String AUDIT_TYPE = "evaluation";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private Long strategicObjectiveId;
    private EvaluationKind kind;
    private String title;
    private String commissionedBy;
    private String evaluatorOrganisation;
    private boolean independent;
    private LocalDate periodFrom;
    private LocalDate periodUntil;
    private LocalDate startsOn;
    private LocalDate draftReportOn;
    private LocalDate finalReportOn;
    private EvaluationStatus status;
    private String termsOfReference;
    private boolean demo;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    Evaluation() {
    }

    static Evaluation create(EvaluationCommand command, boolean demo, LocalDateTime now) {
        var evaluation = new Evaluation();
        evaluation.planId = command.planId();
        evaluation.status = EvaluationStatus.PLANNED;
        evaluation.demo = demo;
        evaluation.createdAt = now;
        evaluation.apply(command, now);
        return evaluation;
    }

    /** The rules on the dates of a command, every one broken at once. */
    static void check(EvaluationCommand command) {
        var refusals = new ArrayList<EvaluationException>();
        if (command.periodFrom() != null && command.periodUntil() != null
                && command.periodUntil().isBefore(command.periodFrom())) {
            refusals.add(EvaluationException.periodReversed());
        }
        if (outOfOrder(command.startsOn(), command.draftReportOn())
                || outOfOrder(command.draftReportOn(), command.finalReportOn())
                || outOfOrder(command.startsOn(), command.finalReportOn())) {
            refusals.add(EvaluationException.datesOutOfOrder());
        }
        if (!refusals.isEmpty()) {
            throw EvaluationException.all(refusals);
        }
    }

    private static boolean outOfOrder(LocalDate earlier, LocalDate later) {
        return earlier != null && later != null && later.isBefore(earlier);
    }

    void apply(EvaluationCommand command, LocalDateTime now) {
        check(command);
        strategicObjectiveId = command.strategicObjectiveId();
        kind = command.kind();
        title = command.title().strip();
        commissionedBy = blankToNull(command.commissionedBy());
        evaluatorOrganisation = blankToNull(command.evaluatorOrganisation());
        independent = Boolean.TRUE.equals(command.independent());
        periodFrom = command.periodFrom();
        periodUntil = command.periodUntil();
        startsOn = command.startsOn();
        draftReportOn = command.draftReportOn();
        finalReportOn = command.finalReportOn();
        termsOfReference = blankToNull(command.termsOfReference());
        updatedAt = now;
    }

    /**
     * Moves to {@code target}: one step forward, or one back before it is final. The coordinator (who is not the
     * M&amp;E officer) may only mark a draft report final.
     */
    void moveTo(EvaluationStatus target, boolean onlyFinalAllowed, LocalDateTime now) {
        if (!status.mayMoveTo(target)) {
            throw EvaluationException.statusStep(status, target);
        }
        if (onlyFinalAllowed && target != EvaluationStatus.FINAL) {
            throw EvaluationException.onlyFinal();
        }
        status = target;
        updatedAt = now;
    }

    /** Refuses any change to the content once the evaluation is final. */
    void refuseLocked() {
        if (status.locked()) {
            throw EvaluationException.locked();
        }
    }

    Audited audited(String partLabel) {
        return Audited.of(AUDIT_TYPE, id, title, planId, AuditRecord.state(
                "title", title,
                "kind", kind.name(),
                "part", partLabel,
                "commissionedBy", commissionedBy,
                "evaluatorOrganisation", evaluatorOrganisation,
                "independent", independent,
                "periodFrom", text(periodFrom),
                "periodUntil", text(periodUntil),
                "startsOn", text(startsOn),
                "draftReportOn", text(draftReportOn),
                "finalReportOn", text(finalReportOn),
                "status", status.name(),
                "termsOfReference", termsOfReference,
                "demo", demo));
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    long planId() {
        return planId;
    }

    Long strategicObjectiveId() {
        return strategicObjectiveId;
    }

    EvaluationKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String commissionedBy() {
        return commissionedBy;
    }

    String evaluatorOrganisation() {
        return evaluatorOrganisation;
    }

    boolean independent() {
        return independent;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodUntil() {
        return periodUntil;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate draftReportOn() {
        return draftReportOn;
    }

    LocalDate finalReportOn() {
        return finalReportOn;
    }

    EvaluationStatus status() {
        return status;
    }

    String termsOfReference() {
        return termsOfReference;
    }

    boolean demo() {
        return demo;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
