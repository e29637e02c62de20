package org.ariadne.coordination;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A file kept with a meeting (minutes, a list of participants) or an agreement (the signed text). */
@Table("coordination_file")
class CoordinationFile {

    static final String AUDIT_TYPE = "coordination-file";

    @Id
    private Long id;
    private Long meetingId;
    private Long agreementId;
    private String fileName;
    private String contentType;
    private long bytes;
    private byte[] content;
    private String uploadedBy;
    private LocalDateTime uploadedAt;

    CoordinationFile() {
    }

    static CoordinationFile of(Long meetingId, Long agreementId, String fileName, org.ariadne.common.upload.FileContents.Kind type, byte[] content,
            String uploadedBy, LocalDateTime now) {
        var file = new CoordinationFile();
        file.meetingId = meetingId;
        file.agreementId = agreementId;
        file.fileName = fileName;
        file.contentType = type.contentType();
        file.bytes = content.length;
        file.content = content;
        file.uploadedBy = uploadedBy;
        file.uploadedAt = now;
        return file;
    }

    FileView view() {
        return new FileView(id, fileName, contentType, bytes, uploadedBy, uploadedAt);
    }

    Audited audited(String ownerLabel) {
        return Audited.of(AUDIT_TYPE, id, fileName, null, AuditRecord.state(
                meetingId != null ? "meeting" : "agreement", ownerLabel,
                "file", fileName,
                "contentType", contentType,
                "bytes", bytes));
    }

    Long id() {
        return id;
    }

    Long meetingId() {
        return meetingId;
    }

    Long agreementId() {
        return agreementId;
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
