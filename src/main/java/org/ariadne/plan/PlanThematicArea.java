package org.ariadne.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One thematic area of one plan (see {@link PlanArea}). */
@Table("plan_thematic_area")
class PlanThematicArea implements AuditedElement {

    static final String AUDIT_TYPE = "thematic-area";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private String code;
    private String name;
    private String nameSq;
    private int position;

    PlanThematicArea() {
    }

    static PlanThematicArea create(long planId, String code, String name, String nameSq, int position) {
        var area = new PlanThematicArea();
        area.planId = planId;
        area.code = code;
        area.position = position;
        area.rename(name, nameSq);
        return area;
    }

    void rename(String name, String nameSq) {
        this.name = name.strip();
        this.nameSq = nameSq == null || nameSq.isBlank() ? null : nameSq.strip();
    }

    PlanArea view() {
        return new PlanArea(id, version, code, name, nameSq, position);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("name", name);
        state.put("nameSq", nameSq);
        return state;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Integer version() {
        return version;
    }

    @Override
    public long planId() {
        return planId;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return name;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public void moveTo(int position) {
        this.position = position;
    }
}
