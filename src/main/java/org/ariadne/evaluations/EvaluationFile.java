package org.ariadne.evaluations;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A file of an evaluation (its terms of reference, report, or evidence), kept in the database with its content. */
@Table("evaluation_file")
class EvaluationFile {

    static final String AUDIT_TYPE = "evaluation-file";

    @Id
    private Long id;
    private long evaluationId;
    private FileKind kind;
    private Criterion criterion;
    private String fileName;
    private String contentType;
    private long bytes;
    private String sha256;
    private byte[] content;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    EvaluationFile() {
    }

    static EvaluationFile keep(long evaluationId, FileKind kind, Criterion criterion, String fileName,
            org.ariadne.common.upload.FileContents.Kind type, byte[] content, String by, LocalDateTime now) {
        var file = new EvaluationFile();
        file.evaluationId = evaluationId;
        file.kind = kind;
        file.criterion = criterion;
        file.fileName = fileName;
        file.contentType = type.contentType();
        file.bytes = content.length;
        file.sha256 = UploadedFiles.sha256(content);
        file.content = content;
        file.uploadedBy = by;
        file.uploadedAt = now;
        return file;
    }

    Audited audited(long planId, String evaluationTitle) {
        return Audited.of(AUDIT_TYPE, id, fileName + " · " + evaluationTitle, planId, AuditRecord.state(
                "file", fileName, "kind", kind.name(), "criterion", criterion == null ? null : criterion.name(),
                "bytes", bytes, "fingerprint", sha256));
    }

    Long id() {
        return id;
    }

    long evaluationId() {
        return evaluationId;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    byte[] content() {
        return content;
    }
}
