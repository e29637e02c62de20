package org.ariadne.recommendations;

import java.time.LocalDateTime;
import java.util.Map;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A year's follow-up of a recommendation: the measures taken and their evidence (text, a file, links). */
@Table("recommendation_follow_up")
class FollowUpNote {

    static final String AUDIT_TYPE = "recommendation-follow-up";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long recommendationId;
    @Column("follow_up_year")
    private int year;
    private String measures;
    private String evidence;
    private String links;
    private Long institutionId;
    private String fileName;
    private String fileType;
    private byte[] fileContent;
    private String recordedBy;
    private LocalDateTime recordedAt;

    FollowUpNote() {
    }

    static FollowUpNote create(long recommendationId, FollowUpCommand command, Long institutionId, EvidenceFile file,
            String recordedBy, LocalDateTime now) {
        var note = new FollowUpNote();
        note.recommendationId = recommendationId;
        note.year = command.year();
        note.measures = command.measures().strip();
        note.evidence = RecommendationSource.blankToNull(command.evidence());
        note.links = RecommendationSource.blankToNull(command.links());
        note.institutionId = institutionId;
        if (file != null) {
            note.fileName = file.name();
            note.fileType = file.type();
            note.fileContent = file.content();
        }
        note.recordedBy = recordedBy;
        note.recordedAt = now;
        return note;
    }

    FollowUpView view(String institutionName) {
        return new FollowUpView(id, recommendationId, year, measures, evidence,
                links == null ? java.util.List.of() : links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList(),
                institutionId, institutionName, fileName, recordedBy, recordedAt);
    }

    Audited audited(long planId, String recommendationLabel, String institutionName) {
        Map<String, Object> state = AuditRecord.state("recommendation", recommendationLabel, "year", year,
                "measures", measures, "evidence", evidence, "links", links, "institution", institutionName,
                "file", fileName);
        return Audited.of(AUDIT_TYPE, id, year + " · " + recommendationLabel, planId, state);
    }

    Long id() {
        return id;
    }

    long recommendationId() {
        return recommendationId;
    }

    int year() {
        return year;
    }

    Long institutionId() {
        return institutionId;
    }

    String fileName() {
        return fileName;
    }

    String fileType() {
        return fileType;
    }

    byte[] fileContent() {
        return fileContent;
    }

    String measures() {
        return measures;
    }

    String evidence() {
        return evidence;
    }

    String links() {
        return links;
    }
}
