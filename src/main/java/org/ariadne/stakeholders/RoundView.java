package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A consultation round with the plan's elements as they were consulted on and the invited institutions.
 * {@code takingComments} says whether comments are taken today (open, and between its opening and closing dates).
 */
public record RoundView(long id, int version, long planId, String planTitle, String title, String purpose,
        LocalDate opensOn, LocalDate closesOn, RoundStatus status, LocalDate closedOn, boolean takingComments,
        List<ElementView> elements, List<InstitutionRef> invited) {

    public Optional<ElementView> element(String key) {
        return elements.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public boolean closed() {
        return status == RoundStatus.CLOSED;
    }
}
