package org.ariadne.training;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A training of the plan: the year and quarter, the module, its topic and target group, the institutions invited. */
public record PlannedTrainingCommand(
        @NotNull(message = "{validation.required}") @Min(value = 2000, message = "{training.validation.year}")
        @Max(value = 2100, message = "{training.validation.year}") Integer year,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{training.validation.quarter}")
        @Max(value = 4, message = "{training.validation.quarter}") Integer quarter,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.size.max}") String module,
        @NotNull(message = "{validation.required}") TrainingTopic topic,
        @NotNull(message = "{validation.required}") TargetGroup targetGroup,
        @NotNull(message = "{validation.required}") @Min(value = 1, message = "{training.validation.places}")
        @Max(value = 10000, message = "{training.validation.places}") Integer places,
        List<Long> institutionIds) {

    public PlannedTrainingCommand {
        institutionIds = institutionIds == null ? List.of()
                : institutionIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static PlannedTrainingCommand empty(int year) {
        return new PlannedTrainingCommand(year, null, "", null, null, null, List.of());
    }
}
