package org.ariadne.recommendations;

import org.ariadne.common.upload.FileContents;

/**
 * The kinds of file kept as evidence of a follow-up, recognised from their content by {@link FileContents} (never
 * from the name): PDF, PNG, JPEG, and Office and OpenDocument files without macros. Anything else (an executable, a
 * script, HTML, an old binary Office file whose macros cannot be seen) is refused, as report evidence is.
 */
final class EvidenceTypes {

    private EvidenceTypes() {
    }

    /** The content type to serve the file with, or null when it is not a kind kept. */
    static String detect(String fileName, byte[] content) {
        return FileContents.recognise(content).filter(kind -> !FileContents.hasMacros(fileName, content))
                .map(FileContents.Kind::contentType).orElse(null);
    }
}
