package org.ariadne.coordination;

import java.util.EnumSet;
import java.util.Set;

import org.ariadne.common.upload.FileContents;
import org.ariadne.common.upload.FileContents.Kind;

/**
 * Which files are kept with a meeting or an agreement: recognised from their content by {@link FileContents}, never
 * from their name (PDF, PNG, JPEG, and Word, Excel and OpenDocument files without macros), not empty and not larger
 * than the setting. Anything else (programs, web pages, scripts, a renamed file) is refused with the file's name in
 * the message, since these files are opened by everyone who reads the meeting.
 */
final class FileChecks {

    static final int MAX_NAME_LENGTH = 255;
    private static final Set<Kind> KEPT = EnumSet.of(Kind.PDF, Kind.PNG, Kind.JPEG, Kind.DOCX, Kind.XLSX, Kind.ODT,
            Kind.ODS);

    private FileChecks() {
    }

    /** The file's kind when it may be kept; otherwise the reason it may not. */
    static Kind accepted(String fileName, byte[] content, long maxBytes) {
        var name = baseName(fileName);
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw CoordinationException.fileName();
        }
        if (content == null || content.length == 0) {
            throw CoordinationException.fileEmpty();
        }
        if (content.length > maxBytes) {
            throw CoordinationException.fileTooLarge(maxBytes);
        }
        var kind = FileContents.recognise(content).filter(KEPT::contains)
                .orElseThrow(() -> CoordinationException.fileType(name));
        if (FileContents.hasMacros(name, content)) {
            throw CoordinationException.fileMacros(name);
        }
        return kind;
    }

    /** The name as kept: without any folder the browser sent, without control characters. */
    static String baseName(String original) {
        return FileContents.baseName(original);
    }
}
