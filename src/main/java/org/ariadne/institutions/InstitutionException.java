package org.ariadne.institutions;

import org.ariadne.common.UserFacingException;

/** A refused change to the directory, with the message key the user reads. */
public final class InstitutionException extends UserFacingException {

    private InstitutionException(String key, Object... args) {
        super(key, args);
    }

    static InstitutionException duplicate(String name, String existing) {
        return new InstitutionException("institution.duplicate", name, existing);
    }
}
