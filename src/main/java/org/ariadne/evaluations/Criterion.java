package org.ariadne.evaluations;

import java.util.Locale;
import java.util.Optional;

/** The OECD-DAC evaluation criteria, in the order evaluation reports use them. */
public enum Criterion {
    RELEVANCE, COHERENCE, EFFECTIVENESS, EFFICIENCY, IMPACT, SUSTAINABILITY;

    /** The code the event and the URLs carry ("effectiveness"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "evaluations.criterion." + name();
    }

    /** The criterion's guiding question ("Is the intervention doing the right things?"). */
    public String questionKey() {
        return "evaluations.criterion." + name() + ".question";
    }

    public static Optional<Criterion> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (var criterion : values()) {
            if (criterion.code().equalsIgnoreCase(code.strip()) || criterion.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(criterion);
            }
        }
        return Optional.empty();
    }
}
