package org.ariadne.victimdata;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A plan indicator whose figure is computed from the victim register, with the breakdowns it takes from it. */
@Table("victim_indicator_link")
class RegisterIndicatorLink {

    static final String AUDIT_TYPE = "victim-indicator";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long indicatorId;
    private RegisterMeasure measure;
    private boolean bySex;
    private boolean byAgeGroup;
    private LocalDateTime createdAt;

    RegisterIndicatorLink() {
    }

    static RegisterIndicatorLink of(long indicatorId, RegisterMeasure measure, boolean bySex, boolean byAgeGroup,
            LocalDateTime now) {
        var link = new RegisterIndicatorLink();
        link.indicatorId = indicatorId;
        link.measure = measure;
        link.bySex = bySex;
        link.byAgeGroup = byAgeGroup;
        link.createdAt = now;
        return link;
    }

    Audited audited(String indicatorLabel, Long planId) {
        return Audited.of(AUDIT_TYPE, id, indicatorLabel, planId, AuditRecord.state("indicator", indicatorLabel,
                "measure", measure.name(), "bySex", Boolean.toString(bySex), "byAgeGroup",
                Boolean.toString(byAgeGroup)));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long indicatorId() {
        return indicatorId;
    }

    RegisterMeasure measure() {
        return measure;
    }

    boolean bySex() {
        return bySex;
    }

    boolean byAgeGroup() {
        return byAgeGroup;
    }
}
