package org.ariadne.api;

import org.ariadne.common.UserFacingException;

/** A token that cannot be made as asked, with the field it is about. */
public final class ApiTokenException extends UserFacingException {

    private final String field;

    private ApiTokenException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private ApiTokenException(java.util.List<ApiTokenException> each) {
        super(each);
        this.field = null;
    }

    /** Every refusal together, so the form shows each by its field in one answer. */
    static ApiTokenException all(java.util.List<ApiTokenException> each) {
        return each.size() == 1 ? each.get(0) : new ApiTokenException(each);
    }

    static ApiTokenException expiryInPast() {
        return new ApiTokenException("expiresOn", "api.token.error.expiry-past");
    }

    static ApiTokenException expiryTooFar(int days) {
        return new ApiTokenException("expiresOn", "api.token.error.expiry-too-far", days);
    }

    static ApiTokenException writeNeedsInstitution() {
        return new ApiTokenException("scope", "api.token.error.write-needs-institution");
    }

    static ApiTokenException tooMany(int max) {
        return new ApiTokenException(null, "api.token.error.too-many", max);
    }

    /** The form field the refusal is about, null for the whole form. */
    public static String fieldOf(UserFacingException refused) {
        return refused instanceof ApiTokenException token ? token.field : null;
    }
}
