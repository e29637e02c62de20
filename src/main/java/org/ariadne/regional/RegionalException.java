package org.ariadne.regional;

import org.ariadne.common.UserFacingException;

/** A refused change to the regional set or a mapping, with its message key and form field. */
public final class RegionalException extends UserFacingException {

    private final String field;

    private RegionalException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static RegionalException codeTaken(String code) {
        return new RegionalException("code", "regional.refused.code-taken", code);
    }

    static RegionalException notOwnIndicator() {
        return new RegionalException("indicatorId", "regional.refused.not-own-indicator");
    }
}
