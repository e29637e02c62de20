package org.ariadne.review;

/** Text as the review keeps it: trimmed, and empty text is no text. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
