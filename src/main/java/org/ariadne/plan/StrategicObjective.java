package org.ariadne.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("strategic_objective")
class StrategicObjective implements AuditedElement {

    static final String AUDIT_TYPE = "strategic-objective";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private String code;
    private String title;
    private String description;
    private String thematicArea;
    private int position;

    StrategicObjective() {
    }

    static StrategicObjective create(long planId, StrategicObjectiveCommand command, int position) {
        var objective = new StrategicObjective();
        objective.planId = planId;
        objective.position = position;
        objective.apply(command);
        return objective;
    }

    void apply(StrategicObjectiveCommand command) {
        code = Codes.strategic(command.code());
        title = command.title().strip();
        description = Texts.clean(command.description());
        thematicArea = command.thematicArea() == null || command.thematicArea().isBlank() ? null
                : command.thematicArea().strip();
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
        state.put("thematicArea", thematicArea);
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

    String thematicArea() {
        return thematicArea;
    }

    int number() {
        return Codes.numbers(code).get(0);
    }
}
