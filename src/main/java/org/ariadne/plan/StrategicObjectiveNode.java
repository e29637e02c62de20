package org.ariadne.plan;

import java.util.List;

/** A strategic objective with what is under it; {@code thematicArea} is the code of one of the plan's areas, or null. */
public record StrategicObjectiveNode(long id, int version, String code, String title, String description,
        String thematicArea, List<IndicatorView> indicators, List<SpecificObjectiveNode> specificObjectives) {

    /** An objective in one of the six areas a new plan starts with. */
    public StrategicObjectiveNode(long id, int version, String code, String title, String description,
            ThematicArea thematicArea, List<IndicatorView> indicators, List<SpecificObjectiveNode> specificObjectives) {
        this(id, version, code, title, description, thematicArea == null ? null : thematicArea.name(), indicators,
                specificObjectives);
    }

    public StrategicObjectiveCommand toCommand() {
        return new StrategicObjectiveCommand(code, title, description, thematicArea);
    }
}
