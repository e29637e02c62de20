package org.ariadne.documents;

import java.util.Optional;

/** The two files every finished document has. */
public enum DocumentFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<DocumentFormat> ofExtension(String extension) {
        for (var format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
