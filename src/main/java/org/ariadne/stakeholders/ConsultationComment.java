package org.ariadne.stakeholders;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A comment on one element of a consulted plan, and the office's disposition of it. */
@Table("consultation_comment")
class ConsultationComment {

    static final String AUDIT_TYPE = "consultation-comment";
    static final int MAX_LENGTH = 4000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long roundId;
    private String elementKey;
    private Long institutionId;
    private Long linkId;
    private String author;
    @Column("comment_text")
    private String text;
    private LocalDateTime submittedAt;
    private Disposition disposition;
    private String dispositionReason;
    private String dispositionNote;
    private String disposedBy;
    private LocalDateTime disposedAt;

    ConsultationComment() {
    }

    static ConsultationComment byInstitution(long roundId, String elementKey, long institutionId, String author,
            String text, LocalDateTime now) {
        var comment = new ConsultationComment();
        comment.roundId = roundId;
        comment.elementKey = elementKey;
        comment.institutionId = institutionId;
        comment.author = author;
        comment.text = text.strip();
        comment.submittedAt = now;
        return comment;
    }

    static ConsultationComment byLink(long roundId, String elementKey, long linkId, String organisation, String text,
            LocalDateTime now) {
        var comment = new ConsultationComment();
        comment.roundId = roundId;
        comment.elementKey = elementKey;
        comment.linkId = linkId;
        comment.author = organisation;
        comment.text = text.strip();
        comment.submittedAt = now;
        return comment;
    }

    /** Records the office's decision: partly accepted and rejected comments need a reason. */
    void dispose(DispositionCommand command, String by, LocalDateTime now) {
        var reason = blankToNull(command.reason());
        if (command.disposition().needsReason() && reason == null) {
            throw StakeholderException.reasonRequired();
        }
        disposition = command.disposition();
        dispositionReason = reason;
        dispositionNote = blankToNull(command.note());
        disposedBy = by;
        disposedAt = now;
    }

    CommentView view(ElementView element, String from) {
        return new CommentView(id, version, roundId, elementKey, element == null ? null : element.code(),
                element == null ? elementKey : element.title(), institutionId, from, linkId != null, author, text,
                submittedAt, disposition, dispositionReason, dispositionNote, disposedBy, disposedAt);
    }

    Audited audited(ElementView element, long planId, String from) {
        var label = (element == null ? elementKey : element.label()) + " · " + from;
        return Audited.of(AUDIT_TYPE, id, label.length() > 300 ? label.substring(0, 299) + "…" : label, planId,
                AuditRecord.state(
                        "element", element == null ? elementKey : element.label(),
                        "from", from,
                        "author", author,
                        "text", text,
                        "disposition", disposition == null ? null : disposition.name(),
                        "reason", dispositionReason,
                        "note", dispositionNote));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long roundId() {
        return roundId;
    }

    String elementKey() {
        return elementKey;
    }

    Long institutionId() {
        return institutionId;
    }

    Long linkId() {
        return linkId;
    }

    Disposition disposition() {
        return disposition;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
