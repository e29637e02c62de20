package org.ariadne.reportingcycle;

import org.ariadne.common.UserFacingException;

/** A refusal of the reporting cycle, with the message key the user reads in their language. */
public final class CycleException extends UserFacingException {

    private CycleException(String key, Object... args) {
        super(key, args);
    }

    static CycleException holidayIncomplete() {
        return new CycleException("reporting.error.holiday-incomplete");
    }
}
