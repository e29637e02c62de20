package org.ariadne.api.web;

import java.util.List;

/** A request whose values could not be saved, each with what it is about; nothing of the request was saved. */
class InvalidValues extends RuntimeException {

    /**
     * One invalid value: {@code field} is its place in the request ("values[2].total"), {@code code} the code of the
     * plan element it belongs to ("A1.1.1"), {@code indicatorId} the indicator's id when it is a value.
     */
    record Problem(String field, String code, Long indicatorId, String label, String detail) {
    }

    private final transient List<Problem> problems;

    InvalidValues(List<Problem> problems) {
        super(problems.size() + " invalid values");
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
