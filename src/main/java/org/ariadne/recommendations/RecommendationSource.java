package org.ariadne.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Where a set of recommendations comes from: a GRETA round, a TIP report year, an evaluation and so on. */
@Table("recommendation_source")
class RecommendationSource implements Audited {

    static final String AUDIT_TYPE = "recommendation-source";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private SourceKind kind;
    private String name;
    private String round;
    @Column("source_year")
    private Integer year;
    private LocalDate issuedOn;
    private Long evaluationId;
    /** The participant (issue 19) the source's recommendations are addressed to: its plan's. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    RecommendationSource() {
    }

    long participantId() {
        return participantId;
    }

    /** The source follows its plan's participant (set at creation and when it moves to another plan). */
    void placeIn(long participant) {
        this.participantId = participant;
    }

    static RecommendationSource create(SourceCommand command, long participantId, LocalDateTime now) {
        var source = new RecommendationSource();
        source.participantId = participantId;
        source.createdAt = now;
        source.apply(command, now);
        return source;
    }

    static RecommendationSource forEvaluation(long planId, long participantId, long evaluationId, String title,
            LocalDate date, LocalDateTime now) {
        var source = new RecommendationSource();
        source.participantId = participantId;
        source.planId = planId;
        source.kind = SourceKind.EVALUATION;
        var name = "evaluation " + (title == null || title.isBlank() ? "#" + evaluationId : title.strip());
        source.name = name.length() <= 300 ? name : name.substring(0, 300);
        source.year = date == null ? null : date.getYear();
        source.issuedOn = date;
        source.evaluationId = evaluationId;
        source.createdAt = now;
        source.updatedAt = now;
        return source;
    }

    void apply(SourceCommand command, LocalDateTime now) {
        planId = command.planId();
        kind = command.kind();
        name = command.name().strip();
        round = blankToNull(command.round());
        year = command.year();
        issuedOn = command.date();
        updatedAt = now;
    }

    SourceView view(int recommendations) {
        return new SourceView(id, version, planId, kind, name, round, year, issuedOn, evaluationId, recommendations);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return round == null ? name : name + " · " + round;
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    @Override
    public Map<String, Object> auditState() {
        return AuditRecord.state("kind", kind.name(), "name", name, "round", round, "year", year,
                "date", issuedOn == null ? null : issuedOn.toString(),
                "evaluation", evaluationId);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    String name() {
        return name;
    }

    String round() {
        return round;
    }

    SourceKind kind() {
        return kind;
    }

    Integer year() {
        return year;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
