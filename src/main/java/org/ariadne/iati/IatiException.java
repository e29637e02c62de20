package org.ariadne.iati;

import org.ariadne.common.UserFacingException;

/** Why no IATI file can be made for a plan. */
public final class IatiException extends UserFacingException {

    private IatiException(String key, Object... args) {
        super(key, args);
    }

    /** An IATI file holds at least one activity; a plan without donor money has none to publish. */
    static IatiException noDonorFundedActivities(String planTitle) {
        return new IatiException("iati.error.no-donor-funded", planTitle);
    }
}
