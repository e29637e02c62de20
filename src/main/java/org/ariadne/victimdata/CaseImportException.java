package org.ariadne.victimdata;

import org.ariadne.common.UserFacingException;

/** A case workbook refused: unreadable (empty, not a workbook, macros, encrypted, too large) or with problems. */
public final class CaseImportException extends UserFacingException {

    private CaseImportException(String key, Object... args) {
        super(key, args);
    }

    static CaseImportException refused(String key, Object... args) {
        return new CaseImportException(key, args);
    }

    static CaseImportException hasProblems(long errors) {
        return new CaseImportException("victimdata.import.has-problems", errors);
    }
}
