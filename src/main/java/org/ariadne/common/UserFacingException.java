package org.ariadne.common;

import java.util.Arrays;

/**
 * A refusal the user can act on: carries a message key (and arguments) from the message bundles so that
 * the reason reaches the user in their language. Modules throw it through static factories of their own.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
