package org.ariadne.institutions;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.ariadne.common.text.NameKey;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("territorial_unit")
class TerritorialUnit implements Audited {

    static final String AUDIT_TYPE = "territorial-unit";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private String nameKey;
    private String nameSq;
    private String nameSr;
    private String nameMk;
    private TerritorialUnitKind kind;
    private Long parentId;
    private boolean demo;
    /** The participant (country or entity) whose map it is on (issue 19). */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    TerritorialUnit() {
    }

    static TerritorialUnit create(TerritorialUnitCommand command, boolean demo, long participantId, LocalDateTime now) {
        var unit = new TerritorialUnit();
        unit.participantId = participantId;
        unit.demo = demo;
        unit.createdAt = now;
        unit.apply(command, now);
        return unit;
    }

    /** A region has no parent; a municipality lies in a region (checked by the facade, which knows the parent). */
    void apply(TerritorialUnitCommand command, LocalDateTime now) {
        name = command.name().strip();
        nameKey = NameKey.of(name);
        nameSq = blankToNull(command.nameSq());
        nameSr = blankToNull(command.nameSr());
        nameMk = blankToNull(command.nameMk());
        kind = command.kind();
        parentId = kind == TerritorialUnitKind.REGION ? null : command.parentId();
        updatedAt = now;
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
        return name;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("nameSq", nameSq);
        state.put("nameSr", nameSr);
        state.put("nameMk", nameMk);
        state.put("kind", kind.name());
        state.put("parentId", parentId);
        return state;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String nameKey() {
        return nameKey;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long participantId() {
        return participantId;
    }
}
