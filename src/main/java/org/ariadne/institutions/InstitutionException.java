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

    static InstitutionException duplicateUnit(String name) {
        return new InstitutionException("territory.duplicate", name);
    }

    /** A municipality needs a region above it; a region has none. */
    static InstitutionException parentMustBeRegion(String name) {
        return new InstitutionException("territory.parent.region", name);
    }
}
