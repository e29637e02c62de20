package org.ariadne.common;

import java.util.Arrays;
import java.util.List;

/**
 * A refusal the user can act on: carries a message key (and arguments) from the message bundles so that
 * the reason reaches the user in their language. Modules throw it through static factories of their own.
 * A module that checks several rules at once refuses with all the reasons together ({@link #each()}), so that a
 * form shows every one of them in the same answer.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;
    private final List<UserFacingException> each;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.each = null;
    }

    /** Several refusals at once; the first one is the message of the whole. */
    protected UserFacingException(List<? extends UserFacingException> each) {
        super(each.stream().map(Throwable::getMessage).toList().toString());
        this.messageKey = each.get(0).messageKey();
        this.arguments = each.get(0).arguments();
        this.each = List.copyOf(each);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Every reason of this refusal: itself, or each of the refusals it holds. */
    public List<UserFacingException> each() {
        return each == null ? List.of(this) : each;
    }
}
