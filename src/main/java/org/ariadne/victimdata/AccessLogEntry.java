package org.ariadne.victimdata;

import java.time.LocalDateTime;

/** One line of the register's access log: who read, recorded, linked or exported which case, and when. */
public record AccessLogEntry(LocalDateTime at, String username, Action action, Long caseId, String caseReference,
        String detail) {

    public enum Action {
        READ, CREATE, UPDATE, LINK, EXPORT, ANONYMISE
    }
}
