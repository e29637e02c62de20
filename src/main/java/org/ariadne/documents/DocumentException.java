package org.ariadne.documents;

import org.ariadne.common.UserFacingException;

/** A request for a document that cannot be met, with the reason as a message key. */
public class DocumentException extends UserFacingException {

    private DocumentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public static DocumentException of(String messageKey, Object... arguments) {
        return new DocumentException(messageKey, arguments);
    }
}
