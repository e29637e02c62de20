package org.ariadne.plan;

/** Text as it is stored: trimmed, and empty means absent. */
final class Texts {

    private Texts() {
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        var stripped = text.replace('\u00A0', ' ').strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
