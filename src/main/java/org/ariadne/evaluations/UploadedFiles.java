package org.ariadne.evaluations;

import java.util.EnumSet;
import java.util.Set;

import org.ariadne.common.upload.FileContents;
import org.ariadne.common.upload.FileContents.Kind;
import org.ariadne.common.upload.UploadLimits;
import org.springframework.stereotype.Component;

/**
 * The files an evaluation keeps (terms of reference, reports, evidence): PDF or Word (DOCX) only, recognised from the
 * content by {@link FileContents} and never from the name; empty files, files over the upload limit, Word files with macros and PDFs that
 * carry scripts or launch actions are refused, since reviewers open them on their own computers.
 */
@Component
class UploadedFiles {

    private static final Set<Kind> KEPT = EnumSet.of(Kind.PDF, Kind.DOCX);

    private final UploadLimits limits;

    UploadedFiles(UploadLimits limits) {
        this.limits = limits;
    }

    /** The type of a file that may be kept, or the refusal naming what is wrong with it. */
    Kind accepted(String fileName, byte[] content) {
        return check(fileName, content, limits.maxBytes());
    }

    static Kind check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw EvaluationException.fileEmpty();
        }
        if (content.length > maxBytes) {
            throw EvaluationException.fileTooLarge(maxBytes);
        }
        if (fileName != null && displayName(fileName).length() > 200) {
            throw EvaluationException.fileName();
        }
        var kind = FileContents.recognise(content).filter(KEPT::contains).orElseThrow(EvaluationException::fileType);
        if (kind == Kind.PDF ? FileContents.pdfHasActiveContent(content) : FileContents.hasMacros(fileName, content)) {
            throw EvaluationException.fileMacros();
        }
        return kind;
    }

    static String sha256(byte[] content) {
        return FileContents.sha256(content);
    }

    /** The name as shown and offered for download: no folders, no control characters. */
    static String displayName(String original) {
        var name = FileContents.baseName(original);
        return name.isEmpty() ? "document" : name;
    }
}
