package org.ariadne.reporting;

import java.time.LocalDateTime;

import org.ariadne.common.ConflictException;
import org.ariadne.common.PersonNames;
import org.springframework.stereotype.Component;

/** Refuses a change made on an outdated copy, saying who changed the report or the part since, and when. */
@Component
class Revisions {

    private final PersonNames people;

    Revisions(PersonNames people) {
        this.people = people;
    }

    /** A part saved by someone else since the user loaded it. */
    void checkPart(int current, int expected, String by, LocalDateTime at) {
        if (current != expected) {
            throw ConflictException.of("reporting.report.conflict", current, by == null ? null : people.displayName(by),
                    at);
        }
    }

    /** A step of the workflow taken by someone else since the user loaded the report: say who and when. */
    void checkReport(ProgressReport report, int expected) {
        if (report.version() != expected) {
            var header = report.header();
            var steps = new java.util.TreeMap<LocalDateTime, String>();
            java.util.function.BiConsumer<LocalDateTime, String> step = (at, by) -> {
                if (at != null) {
                    steps.put(at, by);
                }
            };
            step.accept(header.submittedAt(), header.submittedBy());
            step.accept(header.returnedAt(), header.returnedBy());
            step.accept(header.acceptedAt(), header.acceptedBy());
            step.accept(header.reopenedAt(), header.reopenedBy());
            var last = steps.isEmpty() ? null : steps.lastEntry();
            throw ConflictException.of("reporting.report.changed-meanwhile", report.version(),
                    last == null || last.getValue() == null ? null : people.displayName(last.getValue()),
                    last == null ? null : last.getKey());
        }
    }
}
