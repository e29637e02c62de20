package org.ariadne.stakeholders;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One institution on one plan's interest &times; power grid. */
@Table("stakeholder_placement")
class Placement {

    static final String AUDIT_TYPE = "stakeholder-placement";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long institutionId;
    private int interest;
    @Column("influence")
    private int power;
    private EngagementApproach approach;
    private String reason;
    private LocalDateTime updatedAt;

    Placement() {
    }

    static Placement create(long planId, PlacementCommand command, LocalDateTime now) {
        var placement = new Placement();
        placement.planId = planId;
        placement.institutionId = command.institutionId();
        placement.apply(command, now);
        return placement;
    }

    void apply(PlacementCommand command, LocalDateTime now) {
        interest = command.interest();
        power = command.power();
        approach = command.approachOrSuggested();
        reason = command.reason().strip();
        updatedAt = now;
    }

    PlacementView view(String institution, String shortName) {
        return new PlacementView(id, version, planId, institutionId, institution, shortName, interest, power, approach,
                reason);
    }

    Audited audited(String institution) {
        return Audited.of(AUDIT_TYPE, id, institution, planId, AuditRecord.state(
                "institution", institution,
                "interest", interest,
                "power", power,
                "approach", approach.name(),
                "reason", reason));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long institutionId() {
        return institutionId;
    }
}
