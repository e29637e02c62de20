package org.ariadne.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A token as its owner's list shows it: never the token itself, only its first characters ({@code hint}). */
public record ApiTokenView(long id, String name, TokenScope scope, String hint, LocalDateTime createdAt,
        LocalDateTime lastUsedAt, LocalDate expiresOn, LocalDateTime revokedAt, boolean expired) {

    public boolean active() {
        return revokedAt == null && !expired;
    }
}
