package org.ariadne.regional;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A participant's national indicator taken as its figure for one regional indicator. */
@Table("regional_indicator_mapping")
class IndicatorMapping {

    static final String AUDIT_TYPE = "regional-indicator-mapping";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long regionalIndicatorId;
    private long participantId;
    private long planId;
    private long indicatorId;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    IndicatorMapping() {
    }

    static IndicatorMapping create(long regionalIndicatorId, long participantId, LocalDateTime now) {
        var mapping = new IndicatorMapping();
        mapping.regionalIndicatorId = regionalIndicatorId;
        mapping.participantId = participantId;
        mapping.createdAt = now;
        return mapping;
    }

    void mapTo(long plan, long indicator, LocalDateTime now) {
        planId = plan;
        indicatorId = indicator;
        updatedAt = now;
    }

    /** The trail's line: the regional indicator's code and the national indicator's name say what was mapped. */
    Audited audited(String regionalCode, String indicatorName) {
        return Audited.of(AUDIT_TYPE, id, regionalCode, planId, AuditRecord.state(
                "regionalIndicator", regionalCode,
                "mappedFor", participantId,
                "indicator", indicatorName));
    }

    Long id() {
        return id;
    }

    long regionalIndicatorId() {
        return regionalIndicatorId;
    }

    long participantId() {
        return participantId;
    }

    long planId() {
        return planId;
    }

    long indicatorId() {
        return indicatorId;
    }
}
