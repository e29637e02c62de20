package org.ariadne.recommendations;

import java.time.LocalDate;

/** A management response as the pages and the report read it; {@code overdue} on the day it was read. */
public record ResponseView(long id, int version, long recommendationId, ResponseDecision decision, String reason,
        String action, Long ownerId, String ownerName, LocalDate deadline, ResponseStatus status, String closingNote,
        LocalDate closedOn, boolean overdue) {

    public ResponseCommand toCommand() {
        return new ResponseCommand(decision, reason, action, ownerId, deadline, status, closingNote);
    }
}
