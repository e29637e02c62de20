package org.ariadne.regional;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.plan.Direction;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One indicator of the regional set, named in the region's languages; the participants map theirs onto it. */
@Table("regional_indicator")
class RegionalIndicator {

    static final String AUDIT_TYPE = "regional-indicator";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String code;
    private String name;
    private String nameSq;
    private String nameSr;
    private String nameMk;
    private String unit;
    private Direction direction;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    RegionalIndicator() {
    }

    static RegionalIndicator create(RegionalIndicatorCommand command, LocalDateTime now) {
        var indicator = new RegionalIndicator();
        indicator.createdAt = now;
        indicator.apply(command, now);
        return indicator;
    }

    void apply(RegionalIndicatorCommand command, LocalDateTime now) {
        code = command.code().strip();
        name = command.name().strip();
        nameSq = blankToNull(command.nameSq());
        nameSr = blankToNull(command.nameSr());
        nameMk = blankToNull(command.nameMk());
        unit = blankToNull(command.unit());
        direction = command.direction();
        updatedAt = now;
    }

    RegionalIndicatorView view() {
        return new RegionalIndicatorView(id, version, code, name, nameSq, nameSr, nameMk, unit, direction);
    }

    Audited audited() {
        return Audited.of(AUDIT_TYPE, id, code + " " + name, null, AuditRecord.state(
                "code", code,
                "name", name,
                "nameSq", nameSq,
                "nameSr", nameSr,
                "nameMk", nameMk,
                "unit", unit,
                "direction", direction.name()));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String code() {
        return code;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
