package org.ariadne.recommendations;

import java.time.LocalDate;

/** A source of recommendations as the pages read it, with how many recommendations it holds. */
public record SourceView(long id, int version, long planId, SourceKind kind, String name, String round, Integer year,
        LocalDate date, Long evaluationId, int recommendations) {

    /** "GRETA third round (demo) · third round" as lists show it. */
    public String label() {
        return round == null ? name : name + " · " + round;
    }

    public SourceCommand toCommand() {
        return new SourceCommand(planId, kind, name, round, year, date);
    }
}
