package org.ariadne.workbook;

import org.ariadne.common.UserFacingException;

/** A refusal of the workbook pages, with the message key the user reads. */
final class WorkbookException extends UserFacingException {

    private WorkbookException(String key, Object... args) {
        super(key, args);
    }

    static WorkbookException refused(String key, Object... args) {
        return new WorkbookException(key, args);
    }

    static WorkbookException stillHasProblems(long errors) {
        return new WorkbookException("workbook.import.still-has-problems", errors);
    }

    static WorkbookException titleRequired() {
        return new WorkbookException("workbook.import.title-required");
    }
}
