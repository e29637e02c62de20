package org.ariadne.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("specific_objective")
class SpecificObjective implements AuditedElement {

    static final String AUDIT_TYPE = "specific-objective";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long strategicObjectiveId;
    private String code;
    private String title;
    private String description;
    private int position;

    SpecificObjective() {
    }

    static SpecificObjective create(StrategicObjective parent, SpecificObjectiveCommand command, int position) {
        var objective = new SpecificObjective();
        objective.planId = parent.planId();
        objective.strategicObjectiveId = parent.id();
        objective.position = position;
        objective.apply(parent, command);
        return objective;
    }

    void apply(StrategicObjective parent, SpecificObjectiveCommand command) {
        code = Codes.specific(command.code(), parent.code());
        title = command.title().strip();
        description = Texts.clean(command.description());
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("code", code);
        state.put("title", title);
        state.put("description", description);
        return state;
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

    long strategicObjectiveId() {
        return strategicObjectiveId;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return title;
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
