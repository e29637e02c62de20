package org.ariadne.coordination;

import java.time.LocalDateTime;

/** A kept file (minutes, a list of participants, a signed agreement) as a page lists it. */
public record FileView(long id, String fileName, String contentType, long bytes, String uploadedBy,
        LocalDateTime uploadedAt) {
}
