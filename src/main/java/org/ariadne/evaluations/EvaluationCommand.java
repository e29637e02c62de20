package org.ariadne.evaluations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the office sets on an evaluation; the form binds to this. {@code strategicObjectiveId} narrows it to a
 * thematic part of the plan (an objective with its thematic area), or is null for the whole plan. The status is not
 * here: it moves through its own steps.
 */
public record EvaluationCommand(
        @NotNull(message = "{validation.required}") Long planId,
        Long strategicObjectiveId,
        @NotNull(message = "{validation.required}") EvaluationKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String title,
        @Size(max = 300, message = "{validation.size.max}") String commissionedBy,
        @Size(max = 300, message = "{validation.size.max}") String evaluatorOrganisation,
        Boolean independent,
        LocalDate periodFrom,
        LocalDate periodUntil,
        LocalDate startsOn,
        LocalDate draftReportOn,
        LocalDate finalReportOn,
        @Size(max = 20000, message = "{validation.size.max}") String termsOfReference) {

    public static EvaluationCommand empty(Long planId) {
        return new EvaluationCommand(planId, null, EvaluationKind.MID_TERM, "", "", "", true, null, null, null, null,
                null, "");
    }

    /** The same command with another title. */
    public EvaluationCommand withTitle(String newTitle) {
        return new EvaluationCommand(planId, strategicObjectiveId, kind, newTitle, commissionedBy, evaluatorOrganisation,
                independent, periodFrom, periodUntil, startsOn, draftReportOn, finalReportOn, termsOfReference);
    }
}
