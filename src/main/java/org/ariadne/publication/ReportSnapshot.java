package org.ariadne.publication;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A generated report as published: what the portal lists it as, and the files copied in (their bytes are stored
 * beside the publication). {@code language} is the language tag the report is written in; {@code includesUnaccepted}
 * says its figures also count reports not yet accepted (the portal says so next to it; older snapshots lack it and
 * read as false, which they were: such reports could not be published knowingly before).
 */
public record ReportSnapshot(String planTitle, int startYear, int endYear, String title, String kind, String kindLabel,
        int year, Integer quarter, String language, LocalDateTime finishedAt, List<PublicFile> files,
        boolean includesUnaccepted) implements Snapshot {

    public ReportSnapshot {
        files = List.copyOf(files);
    }

    /** A copied file: its format ("pdf", "docx"), name, type, size and SHA-256 of its bytes. */
    public record PublicFile(String format, String fileName, String mediaType, long size, String sha256) {
    }

    public Optional<PublicFile> file(String format) {
        return files.stream().filter(file -> file.format().equals(format)).findFirst();
    }
}
