package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a single-use link answers: the round and its elements while it is {@link LinkState#ISSUED}; otherwise only that
 * it was used (and when) or has expired, with nothing of the plan.
 */
public record LinkAnswer(LinkState state, String organisation, String roundTitle, String purpose, String planTitle,
        LocalDate opensOn, LocalDate closesOn, LocalDateTime usedAt, List<ElementView> elements) {

    public boolean answers() {
        return state == LinkState.ISSUED;
    }
}
