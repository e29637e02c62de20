package org.ariadne.evaluations;

import java.util.List;

/**
 * What a criterion's judgement may rest on, as the reader may see it: the plan's indicators and activities, the
 * progress reports the reader may read (reporting's own rule: an evaluator reads submitted and accepted reports, never
 * drafts), and the evaluation's evidence files.
 */
public record EvidenceChoices(List<Choice> indicators, List<Choice> activities, List<Choice> reports,
        List<Choice> files) {

    public record Choice(String reference, String label) {
    }

    java.util.Optional<Choice> find(String reference) {
        return java.util.stream.Stream.of(indicators, activities, reports, files).flatMap(List::stream)
                .filter(choice -> choice.reference().equals(reference)).findFirst();
    }
}
