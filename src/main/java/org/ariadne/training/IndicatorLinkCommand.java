package org.ariadne.training;

import jakarta.validation.constraints.NotNull;

/** Links a plan indicator to the training register: its figure is computed from the trainings of the target group. */
public record IndicatorLinkCommand(@NotNull(message = "{validation.required}") Long indicatorId,
        TargetGroup targetGroup) {

    public static IndicatorLinkCommand empty() {
        return new IndicatorLinkCommand(null, null);
    }
}
