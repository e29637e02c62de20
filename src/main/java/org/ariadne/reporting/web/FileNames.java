package org.ariadne.reporting.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.ariadne.common.web.FileDownload;
import org.springframework.http.ResponseEntity;

/** Names and responses of the reporting downloads: what a file holds and on which day, readable in a folder. */
final class FileNames {

    private FileNames() {
    }

    /** The parts' letters and digits joined by dashes, each part at most 60 characters ("Plan-police-2026-11-23"). */
    static String of(String... parts) {
        return Arrays.stream(parts)
                .map(part -> part == null ? "" : part.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", ""))
                .map(part -> part.length() > 60 ? part.substring(0, 60).replaceAll("-$", "") : part)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("-"));
    }

    /** The file as an attachment named {@code stem.format}; {@code format} is "csv" or "xlsx". */
    static ResponseEntity<byte[]> download(byte[] content, String stem, String format) {
        return FileDownload.file(content, stem + "." + format);
    }
}
