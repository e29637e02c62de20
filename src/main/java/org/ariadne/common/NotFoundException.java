package org.ariadne.common;

/** Something the user asked for does not exist (or is not theirs to know about); shown as a 404 page. */
public class NotFoundException extends RuntimeException {

    private NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException of(String what, Object id) {
        return new NotFoundException(what + " " + id + " not found");
    }
}
