package org.ariadne.plan;

import java.util.List;

public record StrategicObjectiveNode(long id, int version, String code, String title, String description,
        ThematicArea thematicArea, List<IndicatorView> indicators, List<SpecificObjectiveNode> specificObjectives) {

    public StrategicObjectiveCommand toCommand() {
        return new StrategicObjectiveCommand(code, title, description, thematicArea);
    }
}
