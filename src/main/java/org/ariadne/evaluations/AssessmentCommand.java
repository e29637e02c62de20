package org.ariadne.evaluations;

import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The evaluator's judgement and rating on one criterion, with its evidence: references as the evaluation page offers
 * them ({@code indicator-12}, {@code activity-5}, {@code report-33-7} for the report of period 33 by institution 7,
 * {@code file-9}).
 */
public record AssessmentCommand(
        @Size(max = 10000, message = "{validation.size.max}") String judgement,
        Rating rating,
        List<String> evidence) {

    public AssessmentCommand {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
