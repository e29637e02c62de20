package org.ariadne.security;

import java.util.Locale;

/** What the installation's administrator sets on a participant: its code (XK, AL) and its names per language. */
public record ParticipantCommand(String code, String name, String nameSq, String nameSr, String nameMk) {

    /** Codes are kept in capitals without spaces around them, so "al" and "AL " are the same participant. */
    static String normaliseCode(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
