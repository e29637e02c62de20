package org.ariadne.plan;

import java.util.List;

public record SpecificObjectiveNode(long id, int version, long strategicObjectiveId, String code, String title,
        String description, List<IndicatorView> indicators, List<ActivityView> activities) {

    public SpecificObjectiveCommand toCommand() {
        return new SpecificObjectiveCommand(code, title, description);
    }
}
