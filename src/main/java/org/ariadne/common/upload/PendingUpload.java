package org.ariadne.common.upload;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A file its uploader has not confirmed yet: what it is for ({@code purpose}, and the {@code subject} the address
 * must name too, such as one report), the module's own {@code details} (the title of a new plan) and the bytes.
 */
public record PendingUpload(String id, String purpose, String subject, Map<String, String> details, String uploadedBy,
        LocalDateTime uploadedAt, String fileName, byte[] content) {

    /** A detail the module kept with the upload, or null. */
    public String detail(String name) {
        return details.get(name);
    }

    /** A number the module kept with the upload, or null. */
    public Long number(String name) {
        var value = details.get(name);
        return value == null || value.isEmpty() ? null : Long.valueOf(value);
    }
}
