package org.ariadne.services;

import org.ariadne.common.UserFacingException;

/** A refused change to the directory, with its message key and form field. */
public final class ServiceException extends UserFacingException {

    private final String field;

    private ServiceException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static ServiceException unknownProvider() {
        return new ServiceException("providerId", "services.refused.provider");
    }
}
